// The funnel counters, removed before they are counted again (mark-funnel-counted, recount-funnel).
MATCH (x:FunnelCount)
CALL (x) {
  DETACH DELETE x
} IN TRANSACTIONS OF 10000 ROWS
