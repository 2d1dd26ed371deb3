MATCH (t:ApiToken)
RETURN t {.*} AS token
ORDER BY t.createdAt DESC, t.id
