// Nodes per level of the current tree under a party: its maintained level counters
// (see shift-level-counts.cypher).
// @include referral/_levels-now
WITH level, coalesce(root.levelCounts[level - 1], 0) AS nodes
WHERE nodes > 0
RETURN level AS depth, nodes
ORDER BY depth
