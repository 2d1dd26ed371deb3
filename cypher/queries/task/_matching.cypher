// The tasks of a task filter, as `t`. The Java side picks where to start ($anchor): the assignee's
// (assigneeId, status, dueOn) index, the contact's or the enrolment's tasks, or the due-day range.
CALL () {
  WITH 1 AS x WHERE $anchor = 'assignee'
  MATCH (t:Task) WHERE t.assigneeId = $assigneeId AND t.status IN $statuses AND t.dueOn >= $dueFrom AND t.dueOn <= $dueTo
  RETURN t
  UNION
  WITH 1 AS x WHERE $anchor = 'contact'
  MATCH (t:Task) WHERE t.contactId = $contactId
  RETURN t
  UNION
  WITH 1 AS x WHERE $anchor = 'enrollment'
  MATCH (t:Task) WHERE t.enrollmentId = $enrollmentId
  RETURN t
  UNION
  WITH 1 AS x WHERE $anchor = 'all'
  MATCH (t:Task) WHERE t.dueOn >= $dueFrom AND t.dueOn <= $dueTo
  RETURN t
}
WITH t
WHERE ($assigneeId IS NULL OR t.assigneeId = $assigneeId)
  AND t.status IN $statuses
  AND t.dueOn >= $dueFrom AND t.dueOn <= $dueTo
  AND ($contactId IS NULL OR t.contactId = $contactId)
  AND ($dealId IS NULL OR t.dealId = $dealId)
  AND ($enrollmentId IS NULL OR t.enrollmentId = $enrollmentId)
  AND ($kind IS NULL OR t.kind = $kind)
  // overdue: false leaves out open tasks due before today
  AND ($openFrom IS NULL OR t.status <> 'OPEN' OR t.dueOn >= $openFrom)
