// Writes the whole editable state of one contact: its properties (a null removes one) and
// everything that hangs off it, replaced as a whole. Identity nodes that no one uses any more go.
MATCH (c:Contact {id: $id})
SET c += $props, c.updatedAt = $now, c.version = c.version + 1, c.nameKey = $nameKey
REMOVE c.lockedBy
WITH c
CALL (c) {
  MATCH (c)-[r:HAS_PHONE|HAS_EMAIL|IN_GROUP|TAGGED]->(n)
  DELETE r
  WITH DISTINCT n
  WHERE (n:PhoneNumber OR n:EmailAddress) AND NOT EXISTS { (n)--() }
  DELETE n
}
CALL (c) {
  MATCH (c)-[:HAS_ADDRESS]->(a:PostalAddress)
  DETACH DELETE a
}
CALL (c) {
  UNWIND $phones AS p
  MERGE (n:PhoneNumber {e164: p.e164})
  CREATE (c)-[:HAS_PHONE {type: p.type, number: p.number, position: p.position}]->(n)
}
CALL (c) {
  UNWIND $emails AS e
  MERGE (n:EmailAddress {normalized: e.normalized})
  CREATE (c)-[:HAS_EMAIL {type: e.type, address: e.address, position: e.position}]->(n)
}
CALL (c) {
  UNWIND $addresses AS a
  CREATE (c)-[:HAS_ADDRESS]->(n:PostalAddress {id: randomUUID()})
  SET n += a
}
CALL (c) {
  UNWIND $groups AS name
  MERGE (g:Group {name: name})
  CREATE (c)-[:IN_GROUP]->(g)
}
CALL (c) {
  UNWIND $tags AS name
  MERGE (t:Tag {name: name})
  CREATE (c)-[:TAGGED]->(t)
}
CALL (c) {
  WITH c WHERE $contactType IS NOT NULL
  MERGE (:ContactType {name: $contactType})
}
RETURN c.version AS version
