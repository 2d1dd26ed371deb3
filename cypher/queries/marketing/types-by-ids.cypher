UNWIND $ids AS id
MATCH (t:MediaType {id: id})
RETURN t {.id, .key, .name} AS type
