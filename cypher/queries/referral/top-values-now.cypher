// The all-time leaderboard by value of today's forest, from the top of the subtree-value indexes
// (see refresh-subtree-values.cypher and V012): as top-descendants-now.cypher does for referrals,
// the $limit-th best value is found first, then every party with at least that much is ranked,
// so that ties at the cut are broken by id.
CALL () {
  MATCH (x:Contact) WHERE x.subtreeValueMinor >= 0
  RETURN x.subtreeValueMinor AS valueMinor ORDER BY valueMinor DESC LIMIT $limit
  UNION ALL
  MATCH (x:Agent) WHERE x.subtreeValueMinor >= 0
  RETURN x.subtreeValueMinor AS valueMinor ORDER BY valueMinor DESC LIMIT $limit
}
WITH valueMinor ORDER BY valueMinor DESC LIMIT $limit
WITH min(valueMinor) AS cut
CALL (cut) {
  MATCH (x:Contact) WHERE x.subtreeValueMinor >= cut RETURN x
  UNION
  MATCH (x:Agent) WHERE x.subtreeValueMinor >= cut RETURN x
}
RETURN x.id AS id, 0 AS referrals, x.subtreeValueMinor AS valueMinor
ORDER BY valueMinor DESC, id
LIMIT $limit
