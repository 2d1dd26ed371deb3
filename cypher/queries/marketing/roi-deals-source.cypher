// ROI facts, SOURCE: deals closed in the window, each credited once to the outlet that is the
// direct origin of one of its contacts (the earliest lead, then the outlet id), per outlet and day.
MATCH (d:Deal)
WHERE d.closedOn >= $from AND d.closedOn <= $to AND d.stage = 'CLOSED'
CALL (d) {
  MATCH (d)<-[:PARTY_TO]-(:Contact)-[lead:REFERRED_BY]->(o:MediaOutlet)
  RETURN o.id AS outletId
  ORDER BY lead.referredOn, o.id
  LIMIT 1
}
RETURN outletId, d.closedOn AS on, 0 AS depth, sum(coalesce(d.revenueMinor, 0)) AS amountMinor, count(*) AS n
