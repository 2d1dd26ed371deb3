// Marks the household keys just written (home addresses, couples naming each other) as shared while
// more than one contact holds them, so that today's gift plan finds every possible household from
// the index on `shared` (V013). The keys come sorted, and each is locked before its holders are
// counted: of two contacts written at the same time with the same key, the later counts the other.
// A key whose holders moved away stays marked until it is written again; a plan checks each one.
UNWIND $keys AS key
MERGE (k:HouseholdKey {key: key.kind + '|' + key.value})
ON CREATE SET k.kind = key.kind, k.value = key.value
SET k.writtenAt = $now
WITH k
CALL (k) {
  WITH k WHERE k.kind = 'HOME'
  MATCH (c:Contact)-[:HAS_ADDRESS]->(a:PostalAddress {householdKey: k.value})
  WHERE a.type = 'HOME'
  RETURN count(DISTINCT c) AS holders
  UNION ALL
  WITH k WHERE k.kind = 'COUPLE'
  MATCH (c:Contact {coupleKey: k.value})
  RETURN count(c) AS holders
}
WITH k, sum(holders) AS holders
SET k.shared = holders > 1
RETURN count(k) AS marked
