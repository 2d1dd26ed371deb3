// A page of the current tree under a party in breadth-first order, with the number of nodes down to
// $maxDepth, in one statement. Each level is a range scan of the tree-key index in key order, which
// is the order of a breadth-first walk, and stops after $limit keys. Depth, parent, date and id come
// from the key. The cursor ($after) is the same as tree.cypher's: the level and the path below the
// party. With $withContacts each row also carries the contact's own properties (ContactReader's OWN
// depth), which saves the page a second query when it shows no phones, e-mails or addresses.
// @include referral/_levels-now
WITH root, own, collect({level: level, lo: lo, hi: hi, nodes: coalesce(root.levelCounts[level - 1], 0)}) AS levels
WITH root, own, levels, CASE WHEN $after IS NULL THEN 1 ELSE toInteger(left($after, 2)) END AS first
// The page reads levels down to the shallowest that holds a whole page after the cursor, from the
// maintained level counts (see shift-level-counts.cypher). Levels after the cursor's own are counted
// only: it is not known how much of the cursor's level is left. So a page never orders more of the
// tree than the levels it may show.
WITH root, own, levels, first, reduce(
  walk = {depth: first, available: CASE WHEN $after IS NULL THEN coalesce(levels[first - 1].nodes, 0) ELSE 0 END},
  l IN levels[first..] |
  CASE WHEN walk.available < $limit THEN {depth: l.level, available: walk.available + l.nodes} ELSE walk END
).depth AS deepest
RETURN root.id AS rootId, reduce(total = 0, l IN levels | total + l.nodes) AS total, COLLECT {
  UNWIND levels AS l
  WITH l WHERE l.level >= first AND l.level <= deepest
  WITH l, CASE WHEN $after IS NOT NULL AND l.level = first
               THEN left(l.lo, 2) + substring(own, 2) + substring($after, 2) ELSE l.lo END AS from
  CALL (l, from) {
    MATCH (n:Contact) WHERE n.treeKey > from AND n.treeKey < l.hi
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
