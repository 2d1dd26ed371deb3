// Keeps the activity counters (ActivityCount: touches per week, agent and kind; tasks completed per
// week and assignee; tasks due per day and assignee that were not done by then; agent activity reads
// them) true for the interactions of the contacts written in this transaction ($ids, $elementIds:
// an interaction without its agent counts for the contact's owner, so an owner change moves it),
// the tasks it wrote ($taskIds, $enrollmentIds) and the keys of those it deleted ($removed). Each
// interaction and task remembers its keys (countedActivity). Runs last in the writer's transaction;
// counters are locked in key order.
CALL () {
  CALL () {
    // @include facts/_changed-contacts
    MATCH (c)-[:HAD]->(i)
    WITH i, coalesce(i.agentId, COLLECT { MATCH (a:Agent)-[:OWNS]->(c) RETURN a.id AS id ORDER BY id }[0]) AS agentId
    // @include facts/_interaction-activity
    RETURN i AS counted, activity
    UNION ALL
    CALL () {
      UNWIND $taskIds AS id
      MATCH (t:Task {id: id})
      RETURN t
      UNION
      UNWIND $enrollmentIds AS enrollmentId
      MATCH (t:Task {enrollmentId: enrollmentId})
      RETURN t
    }
    // @include facts/_task-activity
    RETURN t AS counted, activity
  }
  WITH counted, coalesce(counted.countedActivity, []) AS was, activity
  WHERE was <> activity
  SET counted.countedActivity = activity
  WITH was, activity
  UNWIND [k IN was | [k, -1]] + [k IN activity | [k, 1]] AS shift
  RETURN shift
  UNION ALL
  UNWIND $removed AS k
  RETURN [k, -1] AS shift
}
WITH shift[0] AS key, sum(shift[1]) AS delta
WHERE delta <> 0
WITH key, delta, split(key, '|') AS part
ORDER BY key
MERGE (x:ActivityCount {key: key})
  ON CREATE SET x.on = date(part[1]), x.agentId = part[2], x.what = part[3], x.n = 0
SET x.n = x.n + delta
RETURN count(x) AS counters
