// The facts kept before a rebuild, removed once compared.
MATCH (n)
WHERE (n:Contact OR n:Agent OR n:MediaOutlet) AND n.factsBefore IS NOT NULL
CALL (n) {
  REMOVE n.factsBefore
} IN TRANSACTIONS OF 10000 ROWS
