UNWIND $ids AS id
MATCH (d:Deal {id: id})
RETURN d {.*,
  contactIds: COLLECT { MATCH (c:Contact)-[:PARTY_TO]->(d) RETURN c.id ORDER BY c.id },
  agentId: COLLECT { MATCH (a:Agent)-[:HANDLES]->(d) RETURN a.id }[0]
} AS deal
