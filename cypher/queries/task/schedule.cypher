// A task's due day, and the day it was first due when it is snoozed (null: not snoozed); its time
// of day changes only when $setTime (a reschedule), not when it is snoozed.
MATCH (t:Task {id: $id})
SET t.dueOn = $dueOn, t.snoozedFrom = $snoozedFrom,
    t.dueTime = CASE WHEN $setTime THEN $dueTime ELSE t.dueTime END,
    t.version = t.version + 1
RETURN t {.*} AS task
