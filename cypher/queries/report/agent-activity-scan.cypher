// Per week (Monday, in $zone) of [$from, $to] and per team agent: touches by kind (interactions the
// agent logged, or for entries that name no agent, on the agent's own contacts; notes and web forms
// are not touches), tasks completed, and tasks due that week that were not done by their due day
// (done late, or still open after it). One agent or every team agent.
CALL () {
  MATCH (i:Interaction)
  WHERE i.occurredAt >= $fromTime AND i.occurredAt < $toTime AND NOT i.kind IN ['NOTE', 'WEB_FORM']
  WITH i, coalesce(i.agentId, COLLECT { MATCH (a:Agent)-[:OWNS]->(:Contact {id: i.contactId}) RETURN a.id }[0]) AS agentId
  WHERE agentId IS NOT NULL AND ($agentId IS NULL OR agentId = $agentId)
  RETURN agentId, date(datetime({datetime: i.occurredAt, timezone: $zone})) AS day, i.kind AS what
  UNION ALL
  MATCH (t:Task)
  WHERE t.completedAt >= $fromTime AND t.completedAt < $toTime AND ($agentId IS NULL OR t.assigneeId = $agentId)
    AND t.assigneeId IS NOT NULL
  RETURN t.assigneeId AS agentId, date(datetime({datetime: t.completedAt, timezone: $zone})) AS day, 'COMPLETED' AS what
  UNION ALL
  MATCH (t:Task)
  WHERE t.dueOn >= $from AND t.dueOn <= $to AND t.dueOn < $today AND ($agentId IS NULL OR t.assigneeId = $agentId)
    AND t.assigneeId IS NOT NULL
    AND CASE WHEN t.status = 'OPEN' THEN true
             WHEN t.completedAt IS NULL THEN false
             ELSE date(datetime({datetime: t.completedAt, timezone: $zone})) > t.dueOn END
  RETURN t.assigneeId AS agentId, t.dueOn AS day, 'OVERDUE' AS what
}
RETURN agentId, toString(date.truncate('week', day)) AS week, what, count(*) AS n
ORDER BY agentId, week, what
