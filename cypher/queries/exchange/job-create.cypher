CREATE (j:ImportJob)
SET j = $job, j.createdAt = datetime(), j.status = 'QUEUED', j.total = null, j.processed = 0, j.created = 0,
    j.updated = 0, j.skipped = 0, j.failed = 0, j.checkpoint = 0, j.linked = 0
RETURN j.id AS id
