MATCH (a:Agent {id: $agentId}) WHERE a.kind = 'TEAM'
CREATE (a)-[:HAS_FEED]->(f:CalendarFeed {id: $id, hash: $hash, agentId: $agentId, name: $name,
                                        createdAt: datetime(), createdBy: $by})
RETURN f {.id, .agentId, .name, .createdAt, .createdBy, .lastReadAt} AS feed
