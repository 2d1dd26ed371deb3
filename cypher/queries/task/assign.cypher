MATCH (t:Task {id: $id})
SET t.assigneeId = $assigneeId, t.version = t.version + 1
RETURN t {.*} AS task
