// Written in the page's own transaction, only while this runner holds the lease: a runner that lost
// it matches nothing here and its page rolls back.
MATCH (j:DuplicateScanJob {id: $id})
WHERE j.leaseOwner = $owner AND j.status = 'RUNNING'
SET j.processed = j.processed + $processed, j.checkpoint = $checkpoint, j.total = $total,
    j.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
RETURN j.id AS id
