// An agent's open tasks about contacts, due today or earlier: one seek of task_assignee_status_due.
MATCH (t:Task)
WHERE t.assigneeId = $agentId AND t.status = 'OPEN' AND t.dueOn <= $today AND t.contactId IS NOT NULL
RETURN t.contactId AS contactId, t.title AS title, t.dueOn AS dueOn, t.enrollmentId IS NOT NULL AS planStep
