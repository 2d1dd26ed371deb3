// Per week (Monday, in $zone) of [$from, $to] and per agent: touches by kind, tasks completed, and
// tasks due that week that were not done by their due day, once that day is past; one agent or every
// agent. From the activity counters the interaction and task writers keep (facts/count-activity.cypher);
// agent-activity-scan.cypher reads the interactions and tasks themselves.
MATCH (x:ActivityCount)
USING INDEX x:ActivityCount(on)
WHERE x.on >= $from AND x.on <= $to AND x.n <> 0 AND ($agentId IS NULL OR x.agentId = $agentId)
  AND (x.what <> 'OVERDUE' OR x.on < $today)
RETURN x.agentId AS agentId, toString(date.truncate('week', x.on)) AS week, x.what AS what, sum(x.n) AS n
ORDER BY agentId, week, what
