// The oldest rebuild waiting, or one whose runner stopped renewing its lease: taken over, it goes on
// from the phase after its checkpoint (see exchange/job-claim.cypher for the locking).
MATCH (j:FactsRebuild)
WHERE j.status = 'QUEUED' OR (j.status = 'RUNNING' AND j.leaseUntil < datetime())
WITH j ORDER BY j.createdAt LIMIT 1
SET j.claimLock = true
REMOVE j.claimLock
WITH j
WHERE j.status = 'QUEUED' OR (j.status = 'RUNNING' AND j.leaseUntil < datetime())
SET j.status = 'RUNNING', j.leaseOwner = $owner, j.leaseUntil = datetime() + duration({seconds: $leaseSeconds}),
    j.startedAt = coalesce(j.startedAt, datetime())
RETURN j {.id, .checkpoint} AS job
