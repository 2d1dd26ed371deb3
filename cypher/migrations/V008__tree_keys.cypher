// Tree keys (see queries/referral/refresh-tree-facts.cypher, which keeps them true): the current
// tree and its statistics become range scans of this index instead of walks.
CREATE INDEX contact_tree_key IF NOT EXISTS FOR (c:Contact) ON (c.treeKey);
CREATE INDEX party_tree_key IF NOT EXISTS FOR ()-[p:PARTY_TO]-() ON (p.treeKey);
CALL () {
  MATCH (top:Contact) WHERE NOT EXISTS { (top)-[:REFERRED_BY]->() } RETURN top
  UNION
  MATCH (top:Agent) RETURN top
  UNION
  MATCH (top:MediaOutlet) RETURN top
}
MATCH (top) (()<-[r:REFERRED_BY]-(x:Contact)){1,99} (n)
SET n.treeKey = right('0' + toString(size(r)), 2) + top.id
                + reduce(s = '', i IN range(0, size(r) - 1) | s + '/' + toString(r[i].referredOn) + '|' + x[i].id);
MATCH (c:Contact)-[party:PARTY_TO]->(:Deal)
WHERE c.treeKey IS NOT NULL
SET party.treeKey = c.treeKey;
