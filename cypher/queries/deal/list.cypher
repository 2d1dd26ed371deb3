// Deals newest first, keyset-paginated on createdKey (ascending = newest first).
MATCH (d:Deal)
WHERE ($stage IS NULL OR d.stage = $stage)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($agentId IS NULL OR EXISTS { (:Agent {id: $agentId})-[:HANDLES]->(d) })
  AND ($contactId IS NULL OR EXISTS { (:Contact {id: $contactId})-[:PARTY_TO]->(d) })
  AND ($closedFrom IS NULL OR d.closedOn >= $closedFrom)
  AND ($closedTo IS NULL OR d.closedOn <= $closedTo)
WITH collect(d) AS matching
RETURN size(matching) AS total,
       COLLECT { UNWIND matching AS d WITH d WHERE $after IS NULL OR d.createdKey > $after
                 RETURN d.id ORDER BY d.createdKey LIMIT $limit } AS ids
