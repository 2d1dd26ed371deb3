// Whether the scheduled scoring is due (no job was queued since $scoredSince) and whether the
// scheduled training is (no model was trained since $trainedSince, and there are contacts).
RETURN NOT EXISTS { MATCH (j:ConversionScoringJob) WHERE j.createdAt >= $scoredSince } AS scoringDue,
       $trainedSince IS NOT NULL
         AND NOT EXISTS { MATCH (m:ConversionModel) WHERE m.trainedAt >= $trainedSince }
         AND NOT EXISTS { MATCH (j:ConversionScoringJob) WHERE j.train AND j.createdAt >= $trainedSince }
         AND EXISTS { MATCH (:Contact) } AS trainingDue
