// Write-locks the roots of the trees these parties stand in (and the parties themselves). Two
// referral writes that could form a cycle or a second origin between them always share a root,
// so they are serialised; the caller re-reads the roots after locking in case they moved.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Contact {id: id}) RETURN n
  UNION
  MATCH (n:Agent {id: id}) RETURN n
}
OPTIONAL MATCH (n) (()-[:REFERRED_BY]->()){1,50} (top)
  WHERE NOT EXISTS { (top)-[:REFERRED_BY]->() }
WITH n, coalesce(top, n) AS root
UNWIND [n, root] AS locked
WITH DISTINCT locked
SET locked.lockedBy = $txId
RETURN collect(locked.id) AS locked
