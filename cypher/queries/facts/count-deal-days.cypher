// Keeps the per-day deal counters (DealDay: per day, agent and kind, deals created, entering
// UNDER_CONTRACT and closed; seasonality reads them) true for the given deals: each deal remembers
// what it was counted as (countedEvents, countedAgentId, countedKind), is uncounted from that and
// counted as it is now, in the writer's transaction. Counters are locked in day, agent, kind order.
UNWIND $dealIds AS dealId
MATCH (d:Deal {id: dealId})
USING INDEX SEEK d:Deal(id)
// @include facts/_deal-events
WITH d, events, coalesce(COLLECT { MATCH (a:Agent)-[:HANDLES]->(d) RETURN a.id }[0], '') AS agentId
WITH d, events, agentId,
     [e IN coalesce(d.countedEvents, []) | [d.countedAgentId, d.countedKind, e, -1]]
       + [e IN events | [agentId, d.kind, e, 1]] AS shifts
SET d.countedEvents = events, d.countedAgentId = agentId, d.countedKind = d.kind
WITH shifts
UNWIND shifts AS s
WITH s[0] AS agentId, s[1] AS kind, date(split(s[2], '|')[1]) AS on, split(s[2], '|')[0] AS event, s[3] AS delta
WITH agentId, kind, on,
     sum(CASE event WHEN 'CREATED' THEN delta ELSE 0 END) AS created,
     sum(CASE event WHEN 'UNDER_CONTRACT' THEN delta ELSE 0 END) AS underContract,
     sum(CASE event WHEN 'CLOSED' THEN delta ELSE 0 END) AS closed
WHERE created <> 0 OR underContract <> 0 OR closed <> 0
WITH agentId, kind, on, created, underContract, closed
ORDER BY on, agentId, kind
MERGE (x:DealDay {key: toString(on) + '|' + agentId + '|' + kind})
  ON CREATE SET x.on = on, x.agentId = agentId, x.kind = kind, x.created = 0, x.underContract = 0, x.closed = 0
SET x.created = x.created + created, x.underContract = x.underContract + underContract, x.closed = x.closed + closed
