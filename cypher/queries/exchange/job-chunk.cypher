// A chunk's counters, checkpoint and row errors, in the chunk's own transaction.
MATCH (j:ImportJob {id: $id, leaseOwner: $owner, status: 'RUNNING'})
SET j.processed = j.processed + $processed, j.created = j.created + $created, j.updated = j.updated + $updated,
    j.skipped = j.skipped + $skipped, j.failed = j.failed + $failed, j.checkpoint = $checkpoint,
    j.linked = j.linked + $linked, j.phase = $phase,
    j.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
WITH j
CALL (j) {
  UNWIND $errors AS e
  CREATE (j)-[:HAS_ERROR]->(:ImportError {line: e.line, column: e.column, code: e.code, message: e.message})
}
RETURN j.id AS id
