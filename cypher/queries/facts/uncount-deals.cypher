// What each deal was counted as in the deal counters, removed, so that counting it again counts it once.
MATCH (d:Deal)
WHERE d.countedEvents IS NOT NULL
CALL (d) {
  REMOVE d.countedEvents, d.countedAgentId, d.countedKind
} IN TRANSACTIONS OF 10000 ROWS
