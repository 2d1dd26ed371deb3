// Level counters of contacts below the top of their tree, from the deepest up (one transaction per
// depth): each contact's counters are built from its children's, which the earlier depths have
// just written. Kept true between rebuilds by facts/_shift-level-counts.cypher.
UNWIND range(99, 1, -1) AS depth
CALL (depth) {
  MATCH (n:Contact)
  WHERE n.treeKey STARTS WITH right('0' + toString(depth), 2)
  CALL (n) {
    OPTIONAL MATCH (n)<-[:REFERRED_BY]-(child:Contact)
    RETURN count(child) AS direct, collect(coalesce(child.levelCounts, [])) AS below
  }
  SET n.levelCounts = CASE WHEN direct = 0 THEN null ELSE [i IN range(0, 19) |
    CASE WHEN i = 0 THEN direct ELSE reduce(s = 0, l IN below | s + coalesce(l[i - 1], 0)) END] END
} IN TRANSACTIONS OF 1 ROW
