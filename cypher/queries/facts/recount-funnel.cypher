// The funnel counters counted from what each deal counts for (mark-funnel-counted.cypher): merged,
// since a writer may have counted a deal since forget-funnel.cypher.
MATCH (d:Deal)
WHERE d.countedFunnel IS NOT NULL
UNWIND d.countedFunnel AS key
WITH key, count(*) AS deals
WITH key, deals, split(key, '|') AS part
MERGE (x:FunnelCount {key: key})
  ON CREATE SET x.on = date(part[1]), x.agentId = part[2], x.outletId = CASE WHEN part[3] = '' THEN null ELSE part[3] END,
                x.kind = part[4], x.stage = part[5], x.days = CASE WHEN part[6] = '' THEN null ELSE toInteger(part[6]) END
SET x.n = deals
