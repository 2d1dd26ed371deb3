// The predicates of a deal filter on `d`, after `WHERE`: shared by the walk, the anchored page and the count.
($stage IS NULL OR d.stage = $stage)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($agentId IS NULL OR EXISTS { (:Agent {id: $agentId})-[:HANDLES]->(d) })
  AND ($contactId IS NULL OR EXISTS { (:Contact {id: $contactId})-[:PARTY_TO]->(d) })
  AND ($closedFrom IS NULL OR d.closedOn >= $closedFrom)
  AND ($closedTo IS NULL OR d.closedOn <= $closedTo)
