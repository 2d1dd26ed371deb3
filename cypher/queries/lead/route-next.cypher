// The rule for a lead from this outlet (its own, else the default) and whose turn it is among the
// rule's active team agents ($takeTurn false reads the rule only: the contact has an owner). The turn is counted on the rule in the lead's transaction, so
// concurrent leads queue on it and each agent gets the next one.
OPTIONAL MATCH (own:LeadRoute {routeKey: $outletId})
OPTIONAL MATCH (fallback:LeadRoute {routeKey: '*'})
WITH coalesce(own, fallback) AS r
WHERE r IS NOT NULL
SET r.nextIndex = coalesce(r.nextIndex, 0) + CASE WHEN $takeTurn THEN 1 ELSE 0 END
WITH r, [id IN r.agentIds WHERE EXISTS { MATCH (a:Agent {id: id}) WHERE a.kind = 'TEAM' AND a.active <> false }] AS active
RETURN r {.*} AS route,
       CASE WHEN size(active) = 0 THEN null ELSE active[(r.nextIndex - 1) % size(active)] END AS agentId
