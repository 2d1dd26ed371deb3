// Writes the whole editable state of contacts: their properties (a null removes one) and
// everything that hangs off them, replaced as a whole. Identity nodes that no one uses any more go.
// One row for an edit, a chunk of rows for an import. An edit lists in row.keep the relationship
// types it leaves as they are (their lists in the row are then empty).
UNWIND $rows AS row
MATCH (c:Contact {id: row.id})
SET c += row.props, c.updatedAt = $now, c.version = c.version + 1, c.nameKey = row.nameKey
REMOVE c.lockedBy
WITH c, row
// @include contact/_level-disagrees
WITH c, row
CALL (c, row) {
  MATCH (c)-[r:HAS_PHONE|HAS_EMAIL|IN_GROUP|TAGGED]->(n)
  WHERE NOT type(r) IN coalesce(row.keep, [])
  DELETE r
  WITH DISTINCT n
  WHERE (n:PhoneNumber OR n:EmailAddress) AND NOT EXISTS { (n)--() }
  DELETE n
}
CALL (c, row) {
  WITH c WHERE NOT 'HAS_ADDRESS' IN coalesce(row.keep, [])
  MATCH (c)-[:HAS_ADDRESS]->(a:PostalAddress)
  DETACH DELETE a
}
CALL (c, row) {
  UNWIND row.phones AS p
  MERGE (n:PhoneNumber {e164: p.e164})
  CREATE (c)-[:HAS_PHONE {type: p.type, number: p.number, position: p.position}]->(n)
}
CALL (c, row) {
  UNWIND row.emails AS e
  MERGE (n:EmailAddress {normalized: e.normalized})
  CREATE (c)-[:HAS_EMAIL {type: e.type, address: e.address, position: e.position}]->(n)
}
CALL (c, row) {
  UNWIND row.addresses AS a
  CREATE (c)-[:HAS_ADDRESS]->(n:PostalAddress {id: randomUUID()})
  SET n += a
}
CALL (c, row) {
  UNWIND row.groups AS name
  MERGE (g:Group {name: name})
  CREATE (c)-[:IN_GROUP]->(g)
}
CALL (c, row) {
  UNWIND row.tags AS name
  MERGE (t:Tag {name: name})
  CREATE (c)-[:TAGGED]->(t)
}
CALL (row) {
  WITH row WHERE row.contactType IS NOT NULL
  MERGE (:ContactType {name: row.contactType})
}
