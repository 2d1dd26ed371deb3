// Referral edges of a duplicate move to the survivor: contacts it referred become the survivor's,
// its origin becomes the survivor's if the survivor has none, and its history comes along.
// Returns the days of the duplicate's leads, whose channel ROI facts change when it goes.
MATCH (s:Contact {id: $survivorId}), (d:Contact {id: $duplicateId})
CALL (s, d) {
  MATCH (child)-[r:REFERRED_BY|FORMERLY_REFERRED_BY]->(d)
  WHERE child <> s
  CREATE (child)-[moved:$(type(r))]->(s)
  SET moved = properties(r)
}
CALL (s, d) {
  MATCH (d)-[r:REFERRED_BY|FORMERLY_REFERRED_BY]->(p)
  WHERE p <> s AND (type(r) = 'FORMERLY_REFERRED_BY' OR NOT EXISTS { (s)-[:REFERRED_BY]->() })
  CREATE (s)-[moved:$(type(r))]->(p)
  SET moved = properties(r)
}
RETURN s.id AS id, COLLECT {
  MATCH (d)-[r:REFERRED_BY|FORMERLY_REFERRED_BY]->(:MediaOutlet)
  RETURN DISTINCT r.referredOn
} AS leadDays
