// Ends a job; a failed job can still be cancelled (which lets its kept file go).
MATCH (j:ImportJob {id: $id})
WHERE ($owner IS NULL OR j.leaseOwner = $owner)
  AND (j.status IN ['QUEUED', 'RUNNING'] OR (j.status = 'FAILED' AND $status = 'CANCELLED'))
SET j.status = $status, j.finishedAt = datetime(), j.total = coalesce($total, j.total), j.message = $message
REMOVE j.leaseOwner, j.leaseUntil
RETURN j.id AS id
