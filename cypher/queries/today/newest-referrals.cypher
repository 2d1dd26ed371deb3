// The newest referral anywhere below each contact and whom it brought, from the maintained tree
// keys (see facts/refresh-tree-facts.cypher): each level below is one range of the tree-key
// index, and the last "/referredOn|id" segment of a key is that contact's own referral, so the
// newest is the greatest of those dates. Only the levels the contact's level counters say are
// occupied are read.
UNWIND $ids AS id
MATCH (c:Contact {id: id})
WITH c, coalesce(c.treeKey, '00' + c.id) AS own, coalesce(c.levelCounts, []) AS counts
CALL (own, counts) {
  UNWIND range(1, size(counts)) AS level
  WITH own, level WHERE counts[level - 1] > 0
  WITH right('0' + toString(toInteger(left(own, 2)) + level), 2) + substring(own, 2) AS stem
  MATCH (x:Contact) WHERE x.treeKey > stem + '/' AND x.treeKey < stem + '0'
  WITH split(x.treeKey, '/') AS parts
  WITH split(parts[size(parts) - 1], '|') AS segment
  RETURN segment[0] AS referredOn, segment[1] AS referredId
  ORDER BY referredOn DESC, referredId
  LIMIT 1
}
MATCH (x:Contact {id: referredId})
RETURN c.id AS id, date(referredOn) AS referredOn, trim(coalesce(x.firstName, '') + ' ' + coalesce(x.lastName, '')) AS name
