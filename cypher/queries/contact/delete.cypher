// Returns what the contact was counted under in the touch counts (see facts/count-touch-days.cypher).
MATCH (c:Contact {id: $id})
CALL (c) {
  MATCH (c)-[:HAS_ADDRESS]->(a:PostalAddress)
  DETACH DELETE a
}
WITH c, c.countedOn AS countedOn, c.countedScoring AS countedScoring,
     COLLECT { MATCH (c)-[:HAS_PHONE|HAS_EMAIL]->(n) RETURN n } AS identities
DETACH DELETE c
WITH countedOn, countedScoring, identities
CALL (identities) {
  UNWIND identities AS n
  WITH n WHERE NOT EXISTS { (n)--() }
  DELETE n
}
RETURN countedOn, countedScoring
