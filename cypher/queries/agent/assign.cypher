// One owner per contact: the old OWNS edge goes, the new one (if any) is created.
MATCH (c:Contact {id: $contactId})
OPTIONAL MATCH (:Agent)-[old:OWNS]->(c)
DELETE old
WITH DISTINCT c
CALL (c) {
  WITH c WHERE $agentId IS NOT NULL
  MATCH (a:Agent {id: $agentId})
  CREATE (a)-[:OWNS {since: datetime()}]->(c)
}
RETURN c.id AS id
