// version 0: recording the first stage (deal/change.cypher) makes it 1.
CREATE (d:Deal {id: $id, createdAt: datetime(), createdKey: $createdKey, version: 0,
                historyStage: [], historyFrom: [], historyAt: [], historyBy: []})
SET d += $props
WITH d
CALL (d) {
  UNWIND $contactIds AS contactId
  MATCH (c:Contact {id: contactId})
  // The party's tree key: see referral/refresh-tree-facts.cypher.
  CREATE (c)-[:PARTY_TO {treeKey: c.treeKey}]->(d)
}
CALL (d) {
  WITH d WHERE $agentId IS NOT NULL
  MATCH (a:Agent {id: $agentId})
  CREATE (a)-[:HANDLES]->(d)
}
RETURN d.id AS id
