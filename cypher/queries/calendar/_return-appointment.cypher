RETURN a {.*,
  agentIds: COLLECT { MATCH (x:Agent)-[:ATTENDS]->(a) RETURN x.id ORDER BY x.id },
  contactIds: COLLECT { MATCH (x:Contact)-[:ATTENDS]->(a) RETURN x.id ORDER BY x.id }
} AS appointment
