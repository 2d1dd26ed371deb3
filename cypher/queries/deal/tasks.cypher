MATCH (t:Task)
WHERE ($ids IS NULL OR t.id IN $ids)
  AND ($assigneeId IS NULL OR t.assigneeId = $assigneeId)
  AND ($status IS NULL OR t.status = $status)
  AND ($dueBefore IS NULL OR t.dueOn < $dueBefore)
RETURN t {.*} AS task
ORDER BY t.dueOn, t.createdAt, t.id
LIMIT 500
