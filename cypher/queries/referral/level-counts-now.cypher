// Nodes per level of the current tree under a party: one index range count per level.
// @include referral/_levels-now
CALL (lo, hi) {
  MATCH (n:Contact) WHERE n.treeKey > lo AND n.treeKey < hi
  RETURN count(n) AS nodes
}
WITH level, nodes WHERE nodes > 0
RETURN level AS depth, nodes
ORDER BY depth
