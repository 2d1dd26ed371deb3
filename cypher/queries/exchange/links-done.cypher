MATCH (j:ImportJob {id: $id, leaseOwner: $owner})-[:PENDING_LINK]->(l:ImportLink)
WHERE elementId(l) IN $refs
DETACH DELETE l
WITH DISTINCT j
SET j.linked = j.linked + $linked, j.failed = j.failed + $failed,
    j.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
WITH j
CALL (j) {
  UNWIND $errors AS e
  CREATE (j)-[:HAS_ERROR]->(:ImportError {line: e.line, column: e.column, code: e.code, message: e.message})
}
RETURN j.id AS id
