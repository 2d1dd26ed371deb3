// The deals closed in [$from, $to] (for one agent or the brokerage) by where their primary client's
// business came from, with their revenue, from the business mix counters the deal and contact writers
// keep (facts/_mix-key.cypher says how a deal is credited); business-mix-scan.cypher reads the deals.
MATCH (x:MixCount)
USING INDEX x:MixCount(on)
WHERE x.on >= $from AND x.on <= $to AND ($agentId IS NULL OR x.agentId = $agentId) AND x.n <> 0
WITH x.source AS source, x.generation AS generation, x.mediaTypeId AS mediaTypeId, sum(x.n) AS deals,
     sum(x.revenueMinor) AS revenueMinor
OPTIONAL MATCH (type:MediaType {id: mediaTypeId})
RETURN source, generation, type {.id, .key, .name} AS mediaType, deals, revenueMinor
ORDER BY source, generation, mediaType.name
