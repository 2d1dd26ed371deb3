// Deals created, put under contract and closed, per month ("YYYY-MM" in $zone) within [$from, $to],
// for one agent or the brokerage and one kind or all. A deal counts in the month of each event that
// falls in the window; a deal that enters UNDER_CONTRACT twice counts twice.
MATCH (d:Deal)
WHERE ($agentId IS NULL OR EXISTS { (:Agent {id: $agentId})-[:HANDLES]->(d) }) AND ($kind IS NULL OR d.kind = $kind)
WITH d, date(datetime({datetime: d.createdAt, timezone: $zone})) AS createdOn,
     [i IN range(0, size(coalesce(d.historyStage, [])) - 1) WHERE d.historyStage[i] = 'UNDER_CONTRACT'
        | date(datetime({datetime: d.historyAt[i], timezone: $zone}))] AS contractOns
WITH [e IN [['CREATED', createdOn]] + [c IN contractOns | ['UNDER_CONTRACT', c]]
           + CASE WHEN d.stage = 'CLOSED' AND d.closedOn IS NOT NULL THEN [['CLOSED', d.closedOn]] ELSE [] END
      WHERE e[1] >= $from AND e[1] <= $to] AS events
UNWIND events AS e
WITH e[0] AS event, substring(toString(e[1]), 0, 7) AS month
RETURN month, event, count(*) AS n
ORDER BY month, event
