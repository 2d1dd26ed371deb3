// Ends the current origin: it becomes a FORMERLY_REFERRED_BY edge that keeps when it ended and who ended it.
MATCH (c:Contact {id: $contactId})-[r:REFERRED_BY]->(p)
CREATE (c)-[old:FORMERLY_REFERRED_BY]->(p)
SET old = properties(r), old.validTo = $effectiveOn, old.endedBy = $by, old.endedAt = datetime()
DELETE r
RETURN old.id AS id
