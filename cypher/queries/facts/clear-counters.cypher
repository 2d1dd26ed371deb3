// Before the counters are rebuilt from the tree keys: the level counters, descendants, subtree
// values and revenue per level of every party, removed.
MATCH (n)
WHERE (n:Contact OR n:Agent OR n:MediaOutlet)
  AND (n.levelCounts IS NOT NULL OR n.descendants IS NOT NULL OR n.subtreeValueMinor IS NOT NULL
       OR n.levelValuesMinor IS NOT NULL)
CALL (n) {
  REMOVE n.levelCounts, n.descendants, n.subtreeValueMinor, n.levelValuesMinor
} IN TRANSACTIONS OF 10000 ROWS
