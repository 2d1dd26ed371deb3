// Whether the scheduled scan is due: no scan was queued since $since.
RETURN NOT EXISTS { MATCH (j:DuplicateScanJob) WHERE j.createdAt >= $since } AS due
