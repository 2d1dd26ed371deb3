// Counts per level and the closed-deal revenue of everything under a party today: the counts are
// the party's maintained level counters (shift-level-counts.cypher); the revenue is a range scan of the
// PARTY_TO edges that carry the subtree's tree keys (refresh-tree-facts.cypher), each deal once.
// Descendants only, as in stats.cypher, which answers for past dates.
// @include referral/_levels-now
WITH root, level, lo, hi, coalesce(root.levelCounts[level - 1], 0) AS nodes
WITH root, collect(CASE WHEN nodes > 0 THEN {depth: level, count: nodes} END) AS levels,
     collect(CASE WHEN nodes > 0 THEN [lo, hi] END) AS ranges
CALL (ranges) {
  UNWIND ranges AS range
  MATCH ()-[party:PARTY_TO]->(d:Deal)
  WHERE party.treeKey > range[0] AND party.treeKey < range[1]
  WITH DISTINCT d
  WHERE d.stage = 'CLOSED'
  RETURN coalesce(sum(d.revenueMinor), 0) AS valueMinor
}
RETURN root.id AS id, levels, valueMinor
