MATCH (c:Contact {id: $contactId})
CREATE (c)-[:HAD]->(i:Interaction {id: $id, contactId: $contactId, kind: $kind, direction: $direction,
                                   occurredAt: $occurredAt, summary: $summary, loggedBy: $loggedBy, loggedAt: $now})
WITH c, i
// The newest interaction decides lastContactedAt, whatever order entries are logged in.
SET c.lastContactedAt = CASE WHEN c.lastContactedAt IS NULL OR c.lastContactedAt < $occurredAt
                             THEN $occurredAt ELSE c.lastContactedAt END
SET c.contactedKey = CASE WHEN c.lastContactedAt = $occurredAt THEN $contactedKey ELSE c.contactedKey END,
    c.lastTouchOn = date(c.lastContactedAt)
RETURN i {.*} AS interaction
