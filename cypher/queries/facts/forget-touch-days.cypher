// The per-day touch counts, removed before they are counted again (recount-touch-days.cypher).
MATCH (t:TouchDay)
CALL (t) {
  DETACH DELETE t
} IN TRANSACTIONS OF 10000 ROWS
