// The deals created in [$from, $to] through the funnel (lead → application → approved → closed), for
// one agent or the brokerage ('*'), from the funnel counters the deal and referral writers keep
// (facts/_funnel-keys.cypher says what a deal counts for); source-funnel-scan.cypher reads the deals.
MATCH (x:FunnelCount)
USING INDEX x:FunnelCount(on)
WHERE x.on >= $from AND x.on <= $to AND x.agentId = coalesce($agentId, '*') AND x.n <> 0
WITH x.outletId AS outletId, x.kind AS kind, x.stage AS stage, x.days AS days, sum(x.n) AS n
// @include report/_funnel-groups
