// The subtree under a contact or partner agent, breadth-first. Each node's sort key is its depth
// followed by the (referredOn, id) of every edge on its path, so a level lists children grouped
// under their parents in the parents' own order, which is the order of a breadth-first walk.
// With $asOf, edges in force on that date are followed, former origins included.
CALL () {
  MATCH (root:Contact {id: $rootId}) RETURN root
  UNION
  MATCH (root:Agent {id: $rootId}) RETURN root
  UNION
  MATCH (root:MediaOutlet {id: $rootId}) RETURN root
}
OPTIONAL MATCH (root) (()<-[r:REFERRED_BY|FORMERLY_REFERRED_BY]-(x:Contact)
    WHERE ($asOf IS NULL AND r:REFERRED_BY)
       OR ($asOf IS NOT NULL AND r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf))
  ){1,20} (n)
WHERE size(r) <= $maxDepth
WITH root, collect(CASE WHEN n IS NULL THEN null ELSE {
  id: n.id,
  depth: size(r),
  parentId: CASE size(r) WHEN 1 THEN root.id ELSE x[size(x) - 2].id END,
  referredOn: last(r).referredOn,
  k: right('0' + toString(size(r)), 2)
     + reduce(s = '', i IN range(0, size(r) - 1) | s + '/' + toString(r[i].referredOn) + '|' + x[i].id)
} END) AS rows
RETURN root.id AS rootId, size(rows) AS total,
       COLLECT {
         UNWIND rows AS row
         WITH row WHERE $after IS NULL OR row.k > $after
         RETURN row ORDER BY row.k LIMIT $limit
       } AS page
