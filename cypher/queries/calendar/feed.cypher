MATCH (f:CalendarFeed {id: $id})
RETURN f.id AS id, f.agentId AS agentId, f.name AS name, f.createdAt AS createdAt, f.createdBy AS createdBy,
       f.lastReadAt AS lastReadAt
