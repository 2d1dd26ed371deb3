// A failed job goes back to the queue; the runner resumes it after its checkpoint.
MATCH (j:ImportJob {id: $id})
WHERE j.status = 'FAILED'
SET j.status = 'QUEUED', j.message = null, j.finishedAt = null, j.resumedAt = datetime()
RETURN j {.*} AS job
