MATCH (r:CallRule {code: $code})
SET r += $props, r.updatedAt = datetime()
RETURN r {.*} AS rule
