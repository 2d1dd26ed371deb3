MATCH (r:CallRule)
RETURN r {.*} AS rule
ORDER BY r.position, r.code
