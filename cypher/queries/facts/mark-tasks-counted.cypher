// What each task counts for in the activity counters (see _task-activity.cypher), before they are
// counted again from these keys (recount-activity.cypher).
MATCH (t:Task)
CALL (t) {
  // @include facts/_task-activity
  SET t.countedActivity = activity
} IN TRANSACTIONS OF 10000 ROWS
