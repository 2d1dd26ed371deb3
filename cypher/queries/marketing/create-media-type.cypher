CREATE (t:MediaType {id: $id, key: $key, name: $name})
RETURN t {.id, .key, .name} AS type
