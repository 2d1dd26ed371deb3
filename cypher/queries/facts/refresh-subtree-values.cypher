// Recomputes subtreeValueMinor, the closed-deal revenue of everything up to 20 levels below a
// party, each deal once, for the parties whose subtrees a write changed: the ancestors a moved
// subtree left and joined, or the ancestors of a closed deal's parties. It is the revenue that
// referral/stats-now.cypher reads as a range scan of the PARTY_TO tree keys, stored and indexed (V012) so
// the all-time leaderboard by value reads the top of an index instead of every deal. With it,
// levelValuesMinor: per level, the revenue today's gift plan scores (V013): deals of revenue, each at
// its nearest party, not counting the party's own deals.
// Parties come by element id: looking them up by id here, in a statement that writes, would take
// index-entry locks (exclusive where a label misses) that deadlocked concurrent referral writers.
UNWIND $elementIds AS elementId
MATCH (x) WHERE elementId(x) = elementId
WITH x, coalesce(x.treeKey, '00' + x.id) AS own
CALL (x, own) {
  UNWIND range(1, 20) AS level
  WITH x, level, right('0' + toString(toInteger(left(own, 2)) + level), 2) + substring(own, 2) AS stem
  MATCH ()-[party:PARTY_TO]->(d:Deal)
  WHERE party.treeKey > stem + '/' AND party.treeKey < stem + '0'
  WITH x, d, min(level) AS level
  WHERE d.stage = 'CLOSED'
  RETURN count(d) AS deals, coalesce(sum(d.revenueMinor), 0) AS valueMinor,
         collect(CASE WHEN d.revenueMinor > 0 AND NOT EXISTS { (x)-[:PARTY_TO]->(d) } THEN [level, d.revenueMinor] END)
           AS credited
}
// Parties credited with deals of no revenue still rank (last), as they do when counted.
SET x.subtreeValueMinor = CASE WHEN deals > 0 THEN valueMinor END,
    x.levelValuesMinor = CASE WHEN size(credited) > 0 THEN [l IN range(1, 20) |
      reduce(s = 0, p IN credited | s + CASE WHEN p[0] = l THEN p[1] ELSE 0 END)] END
RETURN count(x) AS refreshed
