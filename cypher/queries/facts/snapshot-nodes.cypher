// Keeps each party's maintained facts as they are before a rebuild (factsBefore), in the graph so
// that a rebuild taken over by another instance still compares with the state it started from.
MATCH (n)
WHERE n:Contact OR n:Agent OR n:MediaOutlet
CALL (n) {
  // @include facts/_node-facts
  SET n.factsBefore = facts
} IN TRANSACTIONS OF 5000 ROWS
