MATCH (f:CalendarFeed {id: $id})
RETURN f {.id, .agentId, .name, .createdAt, .createdBy, .lastReadAt} AS feed
