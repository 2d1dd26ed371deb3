// Keeps the business mix counters (MixCount: closed deals and their revenue per closing day, agent,
// source, generation and media type; the business mix report reads them) true for the deals this
// transaction changed ($dealIds) with every deal sharing a party with them (a deal closing can make a
// later one of the same client a repeat), and for the deals of the contacts it changed ($ids,
// $elementIds: a client's origin or place in its tree moved). Each deal remembers its key and revenue
// (countedMix, countedMixRevenue) and is uncounted from them and counted as it is now. Runs last in
// the writer's transaction; counters are locked in key order. Patterns walk from the named deals
// and contacts, without labels on the far nodes (see _mix-key.cypher).
CALL () {
  UNWIND $dealIds AS dealId
  MATCH (changed:Deal {id: dealId})
  CALL (changed) {
    RETURN changed AS d
    UNION
    MATCH (changed)<-[:PARTY_TO]-()-[:PARTY_TO]->(d)
    RETURN d
  }
  RETURN d
  UNION
  // @include facts/_changed-contacts
  MATCH (c)-[:PARTY_TO]->(d)
  RETURN d
}
// @include facts/_lock-deals
// @include facts/_mix-key
WITH d, mixKey, CASE WHEN mixKey IS NULL THEN 0 ELSE coalesce(d.revenueMinor, 0) END AS revenue,
     d.countedMix AS wasKey, coalesce(d.countedMixRevenue, 0) AS wasRevenue
WHERE coalesce(wasKey, '') <> coalesce(mixKey, '') OR wasRevenue <> revenue
SET d.countedMix = mixKey, d.countedMixRevenue = CASE WHEN mixKey IS NULL THEN null ELSE revenue END
WITH [s IN [[wasKey, -1, -wasRevenue], [mixKey, 1, revenue]] WHERE s[0] IS NOT NULL] AS shifts
UNWIND shifts AS s
WITH s[0] AS key, sum(s[1]) AS deals, sum(s[2]) AS revenue
WHERE deals <> 0 OR revenue <> 0
WITH key, deals, revenue, split(key, '|') AS part
ORDER BY key
MERGE (x:MixCount {key: key})
  ON CREATE SET x.on = date(part[1]), x.agentId = part[2], x.source = part[3],
                x.generation = CASE WHEN part[4] = '' THEN null ELSE toInteger(part[4]) END,
                x.mediaTypeId = CASE WHEN part[5] = '' THEN null ELSE part[5] END, x.n = 0, x.revenueMinor = 0
SET x.n = x.n + deals, x.revenueMinor = x.revenueMinor + revenue
RETURN count(x) AS counters
