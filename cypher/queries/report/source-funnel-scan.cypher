// The funnel's entries (see source-funnel.cypher) from the deals created in [$from, $to] themselves,
// each counted as the funnel counters count it (facts/_funnel-keys.cypher), for one agent or the
// brokerage ('*'): what the report reads while the counters are not counted in $zone.
MATCH (d:Deal)
WHERE ($agentId IS NULL OR EXISTS { (:Agent {id: $agentId})-[:HANDLES]->(d) })
  AND date(datetime({datetime: d.createdAt, timezone: $zone})) >= $from
  AND date(datetime({datetime: d.createdAt, timezone: $zone})) <= $to
// @include facts/_funnel-keys
UNWIND funnelKeys AS key
WITH split(key, '|') AS part
WHERE part[2] = coalesce($agentId, '*')
WITH CASE WHEN part[3] = '' THEN null ELSE part[3] END AS outletId, part[4] AS kind, part[5] AS stage,
     CASE WHEN part[6] = '' THEN null ELSE toInteger(part[6]) END AS days, count(*) AS n
// @include report/_funnel-groups
