// Recent jobs, newest first.
MATCH (j:ImportJob)
RETURN j {.*} AS job
ORDER BY j.createdAt DESC, j.id
LIMIT $limit
