// An agent's open tasks due in a window, for the calendar feed: one seek of task_assignee_status_due.
MATCH (t:Task)
WHERE t.assigneeId = $assigneeId AND t.status = 'OPEN' AND t.dueOn >= $from AND t.dueOn <= $to
RETURN t {.*} AS task
ORDER BY t.dueOn, t.id
LIMIT $limit
