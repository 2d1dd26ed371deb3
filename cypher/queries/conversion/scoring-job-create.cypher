// Queues a scoring job; a scheduled one has an id of its period, so that instances polling at once
// queue it once (the id is unique, V023).
MERGE (j:ConversionScoringJob {id: $id})
  ON CREATE SET j.filter = $filter, j.status = 'QUEUED', j.createdBy = $by, j.createdAt = datetime(),
                j.processed = 0, j.checkpoint = ''
RETURN j {.*} AS job
