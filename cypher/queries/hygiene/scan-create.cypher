// Queues a scan of every contact; a scheduled one has an id of its period, so that instances
// polling at once queue it once (the id is unique, V024).
MERGE (j:DuplicateScanJob {id: $id})
  ON CREATE SET j.status = 'QUEUED', j.createdBy = $by, j.createdAt = datetime(), j.processed = 0, j.checkpoint = '',
                j.note = $note
RETURN j {.*} AS job
