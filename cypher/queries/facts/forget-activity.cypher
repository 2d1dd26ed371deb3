// The activity counters, removed before they are counted again (mark-…-counted, recount-activity).
MATCH (x:ActivityCount)
CALL (x) {
  DETACH DELETE x
} IN TRANSACTIONS OF 10000 ROWS
