// Deals created, put under contract and closed, per month ("YYYY-MM") within [$from, $to], for one
// agent or the brokerage and one kind or all, from the per-day counters the deal writers keep
// (facts/count-deal-days.cypher, days in the deployment's zone). A deal counts in the month of each
// event that falls in the window; a deal that enters UNDER_CONTRACT twice counts twice.
MATCH (x:DealDay)
USING INDEX x:DealDay(on)
WHERE x.on >= $from AND x.on <= $to
  AND ($agentId IS NULL OR x.agentId = $agentId) AND ($kind IS NULL OR x.kind = $kind)
WITH substring(toString(x.on), 0, 7) AS month, sum(x.created) AS created, sum(x.underContract) AS underContract,
     sum(x.closed) AS closed
UNWIND [['CREATED', created], ['UNDER_CONTRACT', underContract], ['CLOSED', closed]] AS e
WITH month, e WHERE e[1] <> 0
RETURN month, e[0] AS event, e[1] AS n
ORDER BY month, event
