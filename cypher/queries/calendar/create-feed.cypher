MATCH (a:Agent {id: $agentId})
CREATE (a)-[:HAS_FEED]->(f:CalendarFeed {id: $id, hash: $hash, agentId: $agentId, name: $name,
                                        createdAt: datetime(), createdBy: $by})
RETURN f {.id, .agentId, .name, .createdAt, .createdBy, .lastReadAt} AS feed
