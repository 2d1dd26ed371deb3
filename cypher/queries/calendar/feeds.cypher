MATCH (f:CalendarFeed)
WHERE $agentId IS NULL OR f.agentId = $agentId
RETURN f.id AS id, f.agentId AS agentId, f.name AS name, f.createdAt AS createdAt, f.createdBy AS createdBy,
       f.lastReadAt AS lastReadAt
ORDER BY f.createdAt
