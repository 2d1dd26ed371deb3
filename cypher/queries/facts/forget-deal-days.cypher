// Before the deal counters are counted again from every deal (with uncount-deals.cypher): the
// counters, removed.
MATCH (x:DealDay)
CALL (x) {
  DETACH DELETE x
} IN TRANSACTIONS OF 10000 ROWS
