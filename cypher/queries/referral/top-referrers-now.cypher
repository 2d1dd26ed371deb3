// The leaderboard of today's forest without walking it: each referral made in the window (COUNT),
// or each closed deal of the window (VALUE, each deal once per ancestor), credits the ancestors
// written in the contact's tree key (see refresh-tree-facts.cypher): the top of the tree, then one
// id per segment, the contact's own last. Up to 20 levels above it, as top-referrers.cypher does
// for past dates. Outlets are origins, not referrers, and are left out.
CALL () {
  WITH 1 AS x WHERE $by = 'COUNT'
  MATCH (n:Contact)-[r:REFERRED_BY]->()
  WHERE ($from IS NULL OR r.referredOn >= $from) AND ($to IS NULL OR r.referredOn <= $to)
  RETURN n.treeKey AS key, null AS deal, 0 AS revenueMinor
  UNION ALL
  WITH 1 AS x WHERE $by = 'VALUE'
  MATCH (d:Deal)<-[:PARTY_TO]-(n:Contact)
  WHERE d.stage = 'CLOSED' AND ($from IS NULL OR d.closedOn >= $from) AND ($to IS NULL OR d.closedOn <= $to)
    AND n.treeKey IS NOT NULL
  RETURN n.treeKey AS key, d AS deal, d.revenueMinor AS revenueMinor
}
WITH key, deal, revenueMinor, split(substring(key, 2), '/') AS parts
UNWIND range(CASE WHEN size(parts) > 21 THEN size(parts) - 21 ELSE 0 END, size(parts) - 2) AS i
WITH CASE i WHEN 0 THEN parts[0] ELSE split(parts[i], '|')[1] END AS ancestorId, key, deal, revenueMinor
// A deal with two parties under the same ancestor counts once for it.
WITH DISTINCT ancestorId, CASE WHEN deal IS NULL THEN key ELSE deal END AS credited, revenueMinor
WITH ancestorId, count(*) AS referrals, sum(revenueMinor) AS valueMinor
CALL (ancestorId) {
  MATCH (x:Contact {id: ancestorId}) RETURN x
  UNION
  MATCH (x:Agent {id: ancestorId}) RETURN x
}
RETURN ancestorId AS id,
       CASE $by WHEN 'COUNT' THEN referrals ELSE 0 END AS referrals,
       CASE $by WHEN 'VALUE' THEN valueMinor ELSE 0 END AS valueMinor
ORDER BY CASE $by WHEN 'COUNT' THEN referrals ELSE valueMinor END DESC, id
LIMIT $limit
