// A campaign to send for: running or due, and not held by a live runner (one that died is taken
// over after its lease and goes on with the recipients still PENDING).
MATCH (k:Campaign)
WHERE k.status IN ['RUNNING', 'SCHEDULED']
WITH k WHERE (k.status = 'RUNNING' OR k.scheduledFor <= datetime()) AND coalesce(k.leaseUntil < datetime(), true)
WITH k ORDER BY k.startedAt LIMIT 1
SET k.claimLock = true
REMOVE k.claimLock
WITH k
WHERE k.status IN ['RUNNING', 'SCHEDULED'] AND (k.status = 'RUNNING' OR k.scheduledFor <= datetime())
  AND coalesce(k.leaseUntil < datetime(), true)
SET k.status = 'RUNNING', k.leaseOwner = $owner, k.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
RETURN k {.*} AS campaign
