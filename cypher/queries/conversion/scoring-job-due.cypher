// Whether the scheduled scoring is due: no job was queued since $since.
RETURN NOT EXISTS { MATCH (j:ConversionScoringJob) WHERE j.createdAt >= $since } AS due
