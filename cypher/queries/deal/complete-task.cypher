MATCH (t:Task {id: $id})
SET t.status = 'DONE', t.completedAt = coalesce(t.completedAt, datetime()), t.completedBy = coalesce(t.completedBy, $by)
RETURN t {.*} AS task
