// ROI facts of one day (variable `day`), REFERRAL_CHAIN: deals closed that day, each credited once
// to the outlet at the top of one of its contacts' trees, read from the contacts' maintained root
// facts (see facts/refresh-tree-facts.cypher), so no chain is walked. The nearest contact wins,
// then the earliest lead, then the outlet id. Summed per outlet and depth: decay depends on depth
// alone, so the sums are exact for any decay.
MATCH (d:Deal)
USING INDEX SEEK d:Deal(closedOn)
WHERE d.closedOn = day AND d.stage = 'CLOSED'
CALL (d) {
  MATCH (d)<-[:PARTY_TO]-(c:Contact)
  WHERE c.rootOutletId IS NOT NULL
  RETURN c.rootOutletId AS outletId, c.rootDepth AS depth
  ORDER BY c.rootDepth, c.rootLeadOn, c.rootOutletId
  LIMIT 1
}
RETURN 'CHAIN' AS kind, outletId, depth, sum(coalesce(d.revenueMinor, 0)) AS amountMinor, count(*) AS n
