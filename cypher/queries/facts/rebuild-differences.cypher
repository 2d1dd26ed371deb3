// What the rebuild found, per kind of fact in GraphFact order: how many parties or days differed
// and the first of them (space-separated), written while this runner holds the lease.
MATCH (j:FactsRebuild {id: $id})
WHERE j.leaseOwner = $owner AND j.status = 'RUNNING'
SET j.differed = $differed, j.examples = $examples, j.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
REMOVE j.touchDaysBefore, j.roiDaysBefore, j.dealDaysBefore
RETURN j.id AS id
