MATCH (f:CalendarFeed)
WHERE $agentId IS NULL OR f.agentId = $agentId
RETURN f {.id, .agentId, .name, .createdAt, .createdBy, .lastReadAt} AS feed
ORDER BY f.createdAt
