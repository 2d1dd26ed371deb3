// Every party's number of descendants: the sum of its level counters.
MATCH (n)
WHERE (n:Contact OR n:Agent OR n:MediaOutlet) AND n.levelCounts IS NOT NULL
CALL (n) {
  SET n.descendants = reduce(s = 0, x IN n.levelCounts | s + x)
} IN TRANSACTIONS OF 10000 ROWS
