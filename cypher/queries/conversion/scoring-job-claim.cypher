// The oldest scoring job waiting, or one whose runner stopped renewing its lease: taken over, it
// resumes after its checkpoint (see exchange/job-claim.cypher for the locking).
MATCH (j:ConversionScoringJob)
WHERE j.status = 'QUEUED' OR (j.status = 'RUNNING' AND j.leaseUntil < datetime())
WITH j ORDER BY j.createdAt LIMIT 1
SET j.claimLock = true
REMOVE j.claimLock
WITH j
WHERE j.status = 'QUEUED' OR (j.status = 'RUNNING' AND j.leaseUntil < datetime())
// A job that still has to train holds a longer lease: training does not renew it.
SET j.status = 'RUNNING', j.leaseOwner = $owner,
    j.leaseUntil = datetime() + duration({seconds: CASE WHEN j.train AND j.trainedVersion IS NULL
                                                        THEN $trainingLeaseSeconds ELSE $leaseSeconds END}),
    j.startedAt = coalesce(j.startedAt, datetime())
RETURN j {.*} AS job
