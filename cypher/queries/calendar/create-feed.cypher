MATCH (a:Agent {id: $agentId}) WHERE a.kind = 'TEAM'
CREATE (a)-[:HAS_FEED]->(f:CalendarFeed {id: $id, hash: $hash, agentId: $agentId, name: $name,
                                        createdAt: datetime(), createdBy: $by})
RETURN f.id AS id, f.agentId AS agentId, f.name AS name, f.createdAt AS createdAt, f.createdBy AS createdBy,
       f.lastReadAt AS lastReadAt
