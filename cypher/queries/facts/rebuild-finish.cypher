MATCH (j:FactsRebuild {id: $id})
WHERE j.leaseOwner = $owner
SET j.status = $status, j.message = coalesce($message, j.message), j.finishedAt = datetime(), j.leaseUntil = null
RETURN j.id AS id
