// One page of a task list, soonest due first; the cursor is the last row's (dueOn, id).
// @include task/_matching
  AND ($afterDue IS NULL OR t.dueOn > $afterDue OR (t.dueOn = $afterDue AND t.id > $afterId))
RETURN t {.*} AS task
ORDER BY t.dueOn, t.id
LIMIT $limit
