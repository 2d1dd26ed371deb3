// The business mix counters counted from what each deal counts for (mark-mix-counted.cypher):
// merged, since a writer may have counted a deal since forget-mix.cypher.
MATCH (d:Deal)
WHERE d.countedMix IS NOT NULL
WITH d.countedMix AS key, count(*) AS deals, sum(d.countedMixRevenue) AS revenue
WITH key, deals, revenue, split(key, '|') AS part
MERGE (x:MixCount {key: key})
  ON CREATE SET x.on = date(part[1]), x.agentId = part[2], x.source = part[3],
                x.generation = CASE WHEN part[4] = '' THEN null ELSE toInteger(part[4]) END,
                x.mediaTypeId = CASE WHEN part[5] = '' THEN null ELSE part[5] END
SET x.n = deals, x.revenueMinor = revenue
