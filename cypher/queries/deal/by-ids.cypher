// Deals by id, in the parts DealService reads: parties, amounts (minor units), closing, terms, history.
UNWIND $ids AS id
MATCH (d:Deal {id: id})
RETURN d {.id, .kind, .stage, .version, .createdAt,
  parties: {contactIds: COLLECT { MATCH (c:Contact)-[:PARTY_TO]->(d) RETURN c.id ORDER BY c.id },
            agentId: COLLECT { MATCH (a:Agent)-[:HANDLES]->(d) RETURN a.id }[0]},
  amounts: {priceMinor: d.priceMinor, revenueMinor: d.revenueMinor},
  closing: {expectedCloseOn: d.expectedCloseOn, closedOn: d.closedOn, lostReason: d.lostReason},
  terms: {loanType: d.loanType, interestRate: d.interestRate, propertyAddress: d.propertyAddress},
  history: {stages: d.historyStage, froms: d.historyFrom, ats: d.historyAt, bys: d.historyBy}
} AS deal
