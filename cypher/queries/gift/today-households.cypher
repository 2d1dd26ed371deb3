// Every contact that may share a household today: the holders of the household keys marked shared
// (V013, contact/mark-households.cypher). Some marks are stale; the plan works out who really shares.
// A member's homes are the shared keys it was found by, not all its home addresses: a key held by
// one contact joins no one (every key held by two is marked), and reading each member's addresses
// again was nearly a fifth of this read's database hits.
MATCH (k:HouseholdKey)
WHERE k.shared = true
CALL (k) {
  WITH k WHERE k.kind = 'HOME'
  MATCH (c:Contact)-[:HAS_ADDRESS]->(a:PostalAddress {householdKey: k.value})
  WHERE a.type = 'HOME'
  RETURN c, k.value AS home
  UNION
  WITH k WHERE k.kind = 'COUPLE'
  MATCH (c:Contact {coupleKey: k.value})
  RETURN c, null AS home
}
WITH c, collect(DISTINCT home) AS homes
// What the plan bounds a household's score with: the members' descendants and subtree values, and
// whether a member referred anyone (a household scores when one of those is outside it).
WITH c, homes, {descendants: coalesce(c.descendants, 0), valueMinor: coalesce(c.subtreeValueMinor, 0),
                children: coalesce(c.levelCounts[0], 0)} AS facts
// @include gift/_member
