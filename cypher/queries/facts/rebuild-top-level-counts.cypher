// Level counters of the tops of the trees (contacts without a key, agents, outlets), from their
// children's, which rebuild-level-counts.cypher has written.
CALL () {
  MATCH (top:Contact) WHERE top.treeKey IS NULL RETURN top
  UNION
  MATCH (top:Agent) RETURN top
  UNION
  MATCH (top:MediaOutlet) RETURN top
}
CALL (top) {
  CALL (top) {
    OPTIONAL MATCH (top)<-[:REFERRED_BY]-(child:Contact)
    RETURN count(child) AS direct, collect(coalesce(child.levelCounts, [])) AS below
  }
  SET top.levelCounts = CASE WHEN direct = 0 THEN null ELSE [i IN range(0, 19) |
    CASE WHEN i = 0 THEN direct ELSE reduce(s = 0, l IN below | s + coalesce(l[i - 1], 0)) END] END
} IN TRANSACTIONS OF 5000 ROWS
