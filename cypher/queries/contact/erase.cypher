// Privacy erasure: every personal property, detail and interaction goes; the node, its id and its
// place in referral trees and deals stay, so trees and totals are unchanged.
MATCH (c:Contact {id: $id})
CALL (c) {
  MATCH (c)-[r:HAS_PHONE|HAS_EMAIL|IN_GROUP|TAGGED]->(n)
  DELETE r
  WITH DISTINCT n
  WHERE (n:PhoneNumber OR n:EmailAddress) AND NOT EXISTS { (n)--() }
  DELETE n
}
// The interactions go with what they were counted as in the activity counters (facts/ActivityRemoved).
CALL (c) {
  MATCH (c)-[:HAS_ADDRESS|HAD]->(x)
  WITH collect(x) AS gone
  WITH gone, reduce(keys = [], x IN gone | keys + coalesce(x.countedActivity, [])) AS removedActivity
  FOREACH (x IN gone | DETACH DELETE x)
  RETURN removedActivity
}
CALL (c) {
  UNWIND [k IN keys(c) WHERE k IN $personal OR k STARTS WITH 'cf_'] AS k
  SET c[k] = null
}
SET c.displayName = 'Erased contact', c.erasedAt = $now, c.updatedAt = $now, c.version = c.version + 1,
    c.nameKey = $nameKey, c.contactedKey = $contactedKey, c.active = false
// An erased contact is counted as Erased, never as Archived too (count-listed).
SET c:Erased
REMOVE c:Archived
RETURN c.id AS id, elementId(c) AS elementId, removedActivity
