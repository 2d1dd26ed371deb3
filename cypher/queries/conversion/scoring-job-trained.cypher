// Records the model a job trained, in the training's own transaction (so a runner that dies before
// commit leaves the job to train again, and one that commits trains once), and renews the lease.
MATCH (j:ConversionScoringJob {id: $id})
WHERE j.leaseOwner = $owner AND j.status = 'RUNNING'
SET j.trainedVersion = $version, j.message = $message,
    j.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
RETURN j.id AS id
