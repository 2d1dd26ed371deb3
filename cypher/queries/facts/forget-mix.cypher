// The business mix counters, removed before they are counted again (mark-mix-counted, recount-mix).
MATCH (x:MixCount)
CALL (x) {
  DETACH DELETE x
} IN TRANSACTIONS OF 10000 ROWS
