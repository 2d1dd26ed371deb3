// Level counters (see queries/referral/shift-level-counts.cypher, which keeps them true) for data
// recorded before they were maintained: from the deepest contacts up, each party's counters are
// built from its children's, which the earlier iterations have just written.
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
};
CALL () {
  MATCH (top:Contact) WHERE top.treeKey IS NULL RETURN top
  UNION
  MATCH (top:Agent) RETURN top
  UNION
  MATCH (top:MediaOutlet) RETURN top
}
CALL (top) {
  OPTIONAL MATCH (top)<-[:REFERRED_BY]-(child:Contact)
  RETURN count(child) AS direct, collect(coalesce(child.levelCounts, [])) AS below
}
SET top.levelCounts = CASE WHEN direct = 0 THEN null ELSE [i IN range(0, 19) |
  CASE WHEN i = 0 THEN direct ELSE reduce(s = 0, l IN below | s + coalesce(l[i - 1], 0)) END] END;
