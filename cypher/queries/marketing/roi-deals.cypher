// ROI facts, REFERRAL_CHAIN: deals closed in the window, each credited once to the outlet at the
// top of one of its contacts' trees, read from the contacts' maintained root facts (see
// referral/refresh-root-facts.cypher), so no chain is walked. The nearest contact wins, then the
// earliest lead, then the outlet id. Summed per outlet, day and depth: decay depends on depth
// alone, so the sums are exact for any decay.
MATCH (d:Deal)
WHERE d.closedOn >= $from AND d.closedOn <= $to AND d.stage = 'CLOSED'
CALL (d) {
  MATCH (d)<-[:PARTY_TO]-(c:Contact)
  WHERE c.rootOutletId IS NOT NULL
  RETURN c.rootOutletId AS outletId, c.rootDepth AS depth
  ORDER BY c.rootDepth, c.rootLeadOn, c.rootOutletId
  LIMIT 1
}
RETURN outletId, d.closedOn AS on, depth, sum(coalesce(d.revenueMinor, 0)) AS amountMinor, count(*) AS n
