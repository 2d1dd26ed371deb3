// A phase done, written only while this runner holds the lease: a runner that lost it matches
// nothing and stops.
MATCH (j:FactsRebuild {id: $id})
WHERE j.leaseOwner = $owner AND j.status = 'RUNNING'
SET j.phasesDone = $phasesDone, j.phase = $phase, j.checkpoint = $checkpoint,
    j.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
RETURN j.id AS id
