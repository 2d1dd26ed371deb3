// Seasonality read from every deal (see seasonality.cypher): the answer while the per-day counters
// are being counted in a new zone (rootline.time-zone changed) or for the first time.
MATCH (d:Deal)
WHERE ($agentId IS NULL OR EXISTS { (:Agent {id: $agentId})-[:HANDLES]->(d) }) AND ($kind IS NULL OR d.kind = $kind)
// @include facts/_deal-events
UNWIND events AS e
WITH split(e, '|')[0] AS event, date(split(e, '|')[1]) AS on
WHERE on >= $from AND on <= $to
RETURN substring(toString(on), 0, 7) AS month, event, count(*) AS n
ORDER BY month, event
