// The appointments (series) of these agents that reach into [$from, $to).
UNWIND $agentIds AS agentId
MATCH (:Agent {id: agentId})-[:ATTENDS]->(a:Appointment)
WHERE a.startsAt < $to AND (a.lastEndsAt IS NULL OR a.lastEndsAt > $from)
WITH DISTINCT a
// @include calendar/_return-appointment
