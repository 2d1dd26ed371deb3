// Returns what the contact was counted under in the touch and book counts (see facts/ContactRemoved).
MATCH (c:Contact {id: $id})
CALL (c) {
  MATCH (c)-[:HAS_ADDRESS]->(a:PostalAddress)
  DETACH DELETE a
}
WITH c, c.countedOn AS countedOn, c.countedScoring AS countedScoring, c.countedBook AS countedBook,
     COLLECT { MATCH (c)-[:HAS_PHONE|HAS_EMAIL]->(n) RETURN n } AS identities
DETACH DELETE c
WITH countedOn, countedScoring, countedBook, identities
CALL (identities) {
  UNWIND identities AS n
  WITH n WHERE NOT EXISTS { (n)--() }
  DELETE n
}
RETURN countedOn, countedScoring, countedBook
