// What each deal counts for in the funnel counters, in $zone (see _funnel-keys.cypher), before they
// are counted again from these keys (recount-funnel.cypher).
MATCH (d:Deal)
CALL (d) {
  // @include facts/_funnel-keys
  SET d.countedFunnel = CASE WHEN size(funnelKeys) = 0 THEN null ELSE funnelKeys END
} IN TRANSACTIONS OF 5000 ROWS
