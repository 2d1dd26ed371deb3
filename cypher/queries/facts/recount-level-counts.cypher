// Recomputes parties' level counters from their direct children's counters (see shift-level-counts.cypher):
// used after a merge gave the survivor the duplicate's children, and level by level from the
// deepest up after a bulk load. The children's counters must be right already.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Contact {id: id}) RETURN n
  UNION
  MATCH (n:Agent {id: id}) RETURN n
  UNION
  MATCH (n:MediaOutlet {id: id}) RETURN n
}
CALL (n) {
  OPTIONAL MATCH (n)<-[:REFERRED_BY]-(child:Contact)
  RETURN count(child) AS direct, collect(coalesce(child.levelCounts, [])) AS below
}
WITH n, CASE WHEN direct = 0 THEN null ELSE [i IN range(0, 19) |
  CASE WHEN i = 0 THEN direct ELSE reduce(s = 0, l IN below | s + coalesce(l[i - 1], 0)) END] END AS counts
SET n.levelCounts = counts, n.descendants = CASE WHEN counts IS NULL THEN null ELSE reduce(s = 0, x IN counts | s + x) END
// The recounted parties' subtree values change too; the touch counts need to know about recounted
// contacts (see facts/TouchDays). By element id: see refresh-subtree-values.cypher.
RETURN collect(elementId(n)) AS parties, collect(CASE WHEN n:Contact THEN elementId(n) END) AS contacts
