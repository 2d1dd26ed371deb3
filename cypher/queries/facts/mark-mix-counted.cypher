// What each deal counts for in the business mix counters (see _mix-key.cypher), before they are
// counted again from these keys (recount-mix.cypher).
MATCH (d:Deal)
CALL (d) {
  // @include facts/_mix-key
  SET d.countedMix = mixKey, d.countedMixRevenue = CASE WHEN mixKey IS NULL THEN null ELSE coalesce(d.revenueMinor, 0) END
} IN TRANSACTIONS OF 5000 ROWS
