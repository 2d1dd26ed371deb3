// Closed deals of revenue that some contacts are parties to, with all their parties.
UNWIND $ids AS id
MATCH (:Contact {id: id})-[:PARTY_TO]->(d:Deal)
WHERE d.stage = 'CLOSED' AND d.closedOn <= $asOf AND d.revenueMinor > 0
WITH DISTINCT d
RETURN d.revenueMinor AS revenueMinor, COLLECT { MATCH (c:Contact)-[:PARTY_TO]->(d) RETURN c.id } AS parties
