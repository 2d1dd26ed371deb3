// Queues a scoring job (one that trains a model first when $train, with $trainCutoff and
// $trainHorizon, null for the defaults); a scheduled one has an id of its period, so that instances
// polling at once queue it once (the id is unique, V023).
MERGE (j:ConversionScoringJob {id: $id})
  ON CREATE SET j.filter = $filter, j.status = 'QUEUED', j.createdBy = $by, j.createdAt = datetime(),
                j.processed = 0, j.checkpoint = '', j.train = $train, j.trainCutoff = $trainCutoff,
                j.trainHorizon = $trainHorizon
RETURN j {.*} AS job
