// One scan job by id, or the newest when $id is null.
MATCH (j:DuplicateScanJob)
WHERE $id IS NULL OR j.id = $id
RETURN j {.*} AS job
ORDER BY j.createdAt DESC
LIMIT 1
