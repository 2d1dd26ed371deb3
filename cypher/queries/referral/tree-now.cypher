// A page of the current tree under a party in breadth-first order, read from the tree-key index:
// each level from the cursor's on is a range scan in key order, which is the order of a
// breadth-first walk, and stops after $limit keys. Depth, parent, date and id come from the key.
// The cursor ($after) is the same as tree.cypher's: the level and the path below the party.
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
    RETURN n.treeKey AS key
    ORDER BY key
    LIMIT $limit
  }
  WITH l.level AS level, key, split(key, '/') AS segments
  WITH level, key, segments, split(last(segments), '|') AS edge
  RETURN {
    id: edge[1],
    depth: level,
    parentId: CASE level WHEN 1 THEN root.id ELSE split(segments[-2], '|')[1] END,
    referredOn: date(edge[0]),
    k: right('0' + toString(level), 2) + substring(key, size(own))
  } AS row
  ORDER BY row.k
  LIMIT $limit
} AS page
