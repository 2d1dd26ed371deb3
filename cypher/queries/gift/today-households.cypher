// Every contact that may share a household today: the holders of the household keys marked shared
// (V013, contact/mark-households.cypher). Some marks are stale; the plan works out who really shares.
MATCH (k:HouseholdKey)
WHERE k.shared = true
CALL (k) {
  WITH k WHERE k.kind = 'HOME'
  MATCH (c:Contact)-[:HAS_ADDRESS]->(a:PostalAddress {householdKey: k.value})
  WHERE a.type = 'HOME'
  RETURN c
  UNION
  WITH k WHERE k.kind = 'COUPLE'
  MATCH (c:Contact {coupleKey: k.value})
  RETURN c
}
WITH DISTINCT c
// @include gift/_member
