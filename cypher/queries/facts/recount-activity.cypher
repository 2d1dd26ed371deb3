// The activity counters counted from what each interaction and task counts for (mark-interactions-
// counted, mark-tasks-counted): merged, since a writer may have counted one since forget-activity.
CALL () {
  MATCH (i:Interaction) WHERE i.countedActivity <> []
  RETURN i.countedActivity AS keys
  UNION ALL
  MATCH (t:Task) WHERE t.countedActivity <> []
  RETURN t.countedActivity AS keys
}
UNWIND keys AS key
WITH key, count(*) AS n
WITH key, n, split(key, '|') AS part
MERGE (x:ActivityCount {key: key})
  ON CREATE SET x.on = date(part[1]), x.agentId = part[2], x.what = part[3]
SET x.n = n
