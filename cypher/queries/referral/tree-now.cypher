// A page of the current tree under a party in breadth-first order, read from the tree-key index:
// each level from the cursor's on is a range scan in key order, which is the order of a
// breadth-first walk, and stops after $limit keys. Depth, parent, date and id come from the key.
// The cursor ($after) is the same as tree.cypher's: the level and the path below the party.
// With $withContacts each row also carries the contact's own properties (ContactReader's OWN
// depth), which saves the page a second query when it shows no phones, e-mails or addresses.
// @include referral/_levels-now
WITH root, own, collect({
  level: level,
  hi: hi,
  from: CASE WHEN $after IS NOT NULL AND level = toInteger(left($after, 2))
             THEN left(lo, 2) + substring(own, 2) + substring($after, 2) ELSE lo END
}) AS levels
RETURN root.id AS rootId, COLLECT {
  UNWIND levels AS l
  WITH l WHERE $after IS NULL OR l.level >= toInteger(left($after, 2))
  CALL (l) {
    MATCH (n:Contact) WHERE n.treeKey > l.from AND n.treeKey < l.hi
    RETURN n.treeKey AS key, n
    ORDER BY key
    LIMIT $limit
  }
  WITH l.level AS level, key, n, right('0' + toString(l.level), 2) + substring(key, size(own)) AS k
  ORDER BY k
  LIMIT $limit
  WITH level, key, n, k, split(key, '/') AS segments
  WITH level, key, n, k, segments, split(last(segments), '|') AS edge
  RETURN {
    id: edge[1],
    depth: level,
    parentId: CASE level WHEN 1 THEN root.id ELSE split(segments[-2], '|')[1] END,
    referredOn: date(edge[0]),
    k: k,
    contact: CASE WHEN $withContacts THEN n {.*} END
  } AS row
} AS page
