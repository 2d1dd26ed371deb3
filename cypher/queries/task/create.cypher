UNWIND $tasks AS t
CREATE (task:Task)
SET task = t, task.status = 'OPEN', task.createdAt = $now, task.version = 1
RETURN task {.*} AS task
