// The oldest job waiting, or one whose runner stopped renewing its lease (it crashed): it is taken
// over and resumes after its checkpoint. Every later write names the lease owner, so that a runner
// that lost its lease cannot write again.
MATCH (j:ImportJob)
WHERE j.status = 'QUEUED' OR (j.status = 'RUNNING' AND j.leaseUntil < datetime())
WITH j ORDER BY j.createdAt LIMIT 1
// Two runners may pick the same job at once. The write lock orders them, and the second re-reads
// the status under the lock, sees the first one's claim, and takes nothing.
SET j.claimLock = true
REMOVE j.claimLock
WITH j
WHERE j.status = 'QUEUED' OR (j.status = 'RUNNING' AND j.leaseUntil < datetime())
SET j.status = 'RUNNING', j.leaseOwner = $owner, j.leaseUntil = datetime() + duration({seconds: $leaseSeconds}),
    j.startedAt = coalesce(j.startedAt, datetime())
RETURN j {.*} AS job
