// What one bound task t counts for in the activity counters (see count-activity.cypher), for its
// assignee: the week it was completed ("WEEK|<Monday in $zone>|<agent>|COMPLETED"), and its due day
// when it was not done by then ("DAY|<due day>|<agent>|OVERDUE": still open, or completed later),
// which the report counts once the day is past.
WITH t, CASE WHEN t.completedAt IS NULL THEN null
             ELSE date(datetime({datetime: t.completedAt, timezone: $zone})) END AS doneOn
WITH t, CASE WHEN t.assigneeId IS NULL THEN []
             ELSE CASE WHEN doneOn IS NULL THEN []
                       ELSE ['WEEK|' + toString(date.truncate('week', doneOn)) + '|' + t.assigneeId + '|COMPLETED'] END
                  + CASE WHEN t.dueOn IS NOT NULL AND (t.status = 'OPEN' OR (doneOn IS NOT NULL AND doneOn > t.dueOn))
                         THEN ['DAY|' + toString(t.dueOn) + '|' + t.assigneeId + '|OVERDUE'] ELSE [] END
        END AS activity
