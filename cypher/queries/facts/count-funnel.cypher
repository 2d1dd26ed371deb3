// Keeps the funnel counters (FunnelCount: deals per creation day, agent, outlet at the top of the
// client's tree, kind of origin, stage reached and days from the stage before; the funnel by source
// reads them) true for the deals this transaction changed ($dealIds: written, or their client's place
// in its tree moved) and for the deals of the contacts it changed ($ids, $elementIds: an origin
// moved, contacts merged). Each deal remembers its keys (countedFunnel) and is uncounted from them
// and counted as it is now (_funnel-keys.cypher), in $zone. Runs last in the writer's transaction;
// counters are locked in key order.
CALL () {
  UNWIND $dealIds AS dealId
  MATCH (d:Deal {id: dealId})
  RETURN d
  UNION
  // @include facts/_changed-contacts
  MATCH (c)-[:PARTY_TO]->(d)
  RETURN d
}
// @include facts/_lock-deals
// @include facts/_funnel-keys
WITH d, funnelKeys, coalesce(d.countedFunnel, []) AS wasKeys
WHERE wasKeys <> funnelKeys
SET d.countedFunnel = CASE WHEN size(funnelKeys) = 0 THEN null ELSE funnelKeys END
WITH [key IN wasKeys | [key, -1]] + [key IN funnelKeys | [key, 1]] AS shifts
UNWIND shifts AS s
WITH s[0] AS key, sum(s[1]) AS deals
WHERE deals <> 0
WITH key, deals, split(key, '|') AS part
ORDER BY key
MERGE (x:FunnelCount {key: key})
  ON CREATE SET x.on = date(part[1]), x.agentId = part[2], x.outletId = CASE WHEN part[3] = '' THEN null ELSE part[3] END,
                x.kind = part[4], x.stage = part[5], x.days = CASE WHEN part[6] = '' THEN null ELSE toInteger(part[6]) END,
                x.n = 0
SET x.n = x.n + deals
RETURN count(x) AS counters
