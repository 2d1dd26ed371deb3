// ROI facts of one day (variable `day`), SOURCE: deals closed that day, each credited once to the
// outlet that is the direct origin of one of its contacts (the earliest lead, then the outlet id).
MATCH (d:Deal)
USING INDEX SEEK d:Deal(closedOn)
WHERE d.closedOn = day AND d.stage = 'CLOSED'
CALL (d) {
  MATCH (d)<-[:PARTY_TO]-(:Contact)-[lead:REFERRED_BY]->(o:MediaOutlet)
  RETURN o.id AS outletId
  ORDER BY lead.referredOn, o.id
  LIMIT 1
}
RETURN 'SOURCE' AS kind, outletId, 0 AS depth, sum(coalesce(d.revenueMinor, 0)) AS amountMinor, count(*) AS n
