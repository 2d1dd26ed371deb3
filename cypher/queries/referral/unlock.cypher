UNWIND $ids AS id
CALL (id) {
  MATCH (n:Contact {id: id}) RETURN n
  UNION
  MATCH (n:Agent {id: id}) RETURN n
  UNION
  MATCH (n:MediaOutlet {id: id}) RETURN n
}
REMOVE n.lockedBy
