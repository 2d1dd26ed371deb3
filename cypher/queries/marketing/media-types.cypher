MATCH (t:MediaType)
RETURN t {.id, .key, .name} AS type
ORDER BY t.name
