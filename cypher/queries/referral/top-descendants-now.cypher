// The all-time leaderboard by referrals of today's forest, from the top of the descendants
// indexes (see V011; descendants are the referrals anywhere up to 20 levels below a party, what
// top-referrers-now.cypher credits): the $limit-th best count is found first, then every party
// with at least that many is ranked, so that ties at the cut are broken by id as everywhere else.
CALL () {
  MATCH (x:Contact) WHERE x.descendants > 0
  RETURN x.descendants AS referrals ORDER BY referrals DESC LIMIT $limit
  UNION ALL
  MATCH (x:Agent) WHERE x.descendants > 0
  RETURN x.descendants AS referrals ORDER BY referrals DESC LIMIT $limit
}
WITH referrals ORDER BY referrals DESC LIMIT $limit
WITH min(referrals) AS cut
CALL (cut) {
  MATCH (x:Contact) WHERE x.descendants >= cut RETURN x
  UNION
  MATCH (x:Agent) WHERE x.descendants >= cut RETURN x
}
RETURN x.id AS id, x.descendants AS referrals, 0 AS valueMinor
ORDER BY referrals DESC, id
LIMIT $limit
