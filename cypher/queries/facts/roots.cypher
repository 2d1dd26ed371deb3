// Each party and the root of the tree it stands in (read only; see lock-nodes.cypher).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Contact {id: id}) RETURN n
  UNION
  MATCH (n:Agent {id: id}) RETURN n
  UNION
  MATCH (n:MediaOutlet {id: id}) RETURN n
}
OPTIONAL MATCH (n) (()-[:REFERRED_BY]->()){1,50} (top)
  WHERE NOT EXISTS { (top)-[:REFERRED_BY]->() }
RETURN collect(DISTINCT n.id) + collect(DISTINCT top.id) AS ids
