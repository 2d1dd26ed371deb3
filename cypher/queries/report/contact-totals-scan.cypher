// The book as it is now, for one owner or the brokerage, from the contacts themselves.
MATCH (c:Contact)
WHERE ($agentId IS NULL OR EXISTS { (:Agent {id: $agentId})-[:OWNS]->(c) })
RETURN count(CASE WHEN NOT c:Erased AND NOT c:Archived AND c.active THEN 1 END) AS active,
       count(CASE WHEN NOT c:Erased AND NOT c:Archived AND NOT coalesce(c.active, false) THEN 1 END) AS inactive,
       count(CASE WHEN c:Archived THEN 1 END) AS archived,
       count(CASE WHEN c:Erased THEN 1 END) AS erased
