// A page of enrolments with their progress, newest first.
MATCH (e:Enrollment)
WHERE ($ids IS NULL OR e.id IN $ids)
  AND ($contactId IS NULL OR e.contactId = $contactId)
  AND ($planId IS NULL OR e.planId = $planId)
  AND ($status IS NULL OR e.status = $status)
  AND ($afterId IS NULL OR e.id > $afterId)
WITH e ORDER BY e.id LIMIT $limit
CALL (e) {
  OPTIONAL MATCH (t:Task {enrollmentId: e.id})
  RETURN count(CASE t.status WHEN 'DONE' THEN 1 END) AS done, count(CASE t.status WHEN 'OPEN' THEN 1 END) AS open,
         count(CASE t.status WHEN 'ON_HOLD' THEN 1 END) AS onHold,
         min(CASE t.status WHEN 'OPEN' THEN t.dueOn END) AS nextDueOn
}
RETURN e {.*} AS enrollment, {done: done, open: open, onHold: onHold, nextDueOn: nextDueOn} AS progress
ORDER BY e.id
