// version 0: recording the first stage (deal/change.cypher) makes it 1.
CREATE (d:Deal {id: $id, createdAt: datetime(), createdKey: $createdKey, version: 0, kind: $kind, stage: $stage,
                priceMinor: $priceMinor, revenueMinor: $revenueMinor, expectedCloseOn: $expectedCloseOn,
                loanType: $loanType, interestRate: $interestRate, propertyAddress: $propertyAddress,
                historyStage: [], historyFrom: [], historyAt: [], historyBy: []})
WITH d
CALL (d) {
  UNWIND $contactIds AS contactId
  MATCH (c:Contact {id: contactId})
  // The facts component copies the party's tree key onto the edge (facts/sync-deal-keys.cypher).
  CREATE (c)-[:PARTY_TO]->(d)
}
CALL (d) {
  WITH d WHERE $agentId IS NOT NULL
  MATCH (a:Agent {id: $agentId})
  CREATE (a)-[:HANDLES]->(d)
}
RETURN d.id AS id
