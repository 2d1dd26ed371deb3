// Queues a rebuild unless one is queued or running, which it answers instead (refused). Requests
// at once both write the lock node first, so the second waits for the first to commit and then
// finds its rebuild.
MERGE (lock:FactsRebuildLock {id: 'graph'})
SET lock.takenAt = datetime()
WITH lock
OPTIONAL MATCH (running:FactsRebuild)
WHERE running.status IN ['QUEUED', 'RUNNING']
WITH collect(running)[0] AS running
FOREACH (queue IN CASE WHEN running IS NULL THEN [true] ELSE [] END |
  CREATE (:FactsRebuild {id: $id, status: 'QUEUED', reason: $reason, createdBy: $by, createdAt: datetime(),
                         phasesDone: 0, checkpoint: ''})
)
WITH running
MATCH (j:FactsRebuild {id: coalesce(running.id, $id)})
RETURN j {.id, .status, .reason, .createdBy, .createdAt, .phasesDone, .phase, .message, .startedAt, .finishedAt,
          .differed, .examples} AS job,
       running IS NOT NULL AS refused
