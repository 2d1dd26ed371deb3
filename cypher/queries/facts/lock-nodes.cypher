// Write-locks parties and tree roots in id order. Two referral writes that could form a cycle or
// a second origin between them always share a root, so they are serialised; taking the locks in
// one global order keeps deadlocks between them rare.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Contact {id: id}) RETURN n
  UNION
  MATCH (n:Agent {id: id}) RETURN n
  UNION
  MATCH (n:MediaOutlet {id: id}) RETURN n
}
WITH n ORDER BY n.id
// Setting and removing a property takes the node's write lock, held until commit, and leaves nothing.
SET n.lockedBy = true
REMOVE n.lockedBy
RETURN count(n) AS locked
