// The contact's own properties are written first, so its lock is taken before the new relationship
// locks the contact's relationship chains: two interactions logged for one contact at once queue on
// the contact instead of deadlocking on the chains (each holding one lock the other wants).
MATCH (c:Contact {id: $contactId})
// The newest interaction decides lastContactedAt, whatever order entries are logged in; a web form
// the person sent is not the agent's touch ($touch false), so a new lead stays "not contacted yet".
SET c.lastContactedAt = CASE WHEN $touch AND (c.lastContactedAt IS NULL OR c.lastContactedAt < $occurredAt)
                             THEN $occurredAt ELSE c.lastContactedAt END
SET c.contactedKey = CASE WHEN $touch AND c.lastContactedAt = $occurredAt THEN $contactedKey ELSE c.contactedKey END
CREATE (c)-[:HAD]->(i:Interaction {id: $id, contactId: $contactId, kind: $kind, direction: $direction,
                                   occurredAt: $occurredAt, summary: $summary, loggedBy: $loggedBy, loggedAt: $now,
                                   agentId: $agentId})
RETURN i {.*} AS interaction, elementId(c) AS contact
