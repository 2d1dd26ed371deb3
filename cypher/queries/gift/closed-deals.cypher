// Closed deals up to a date with their parties: each deal is credited once per ancestor.
MATCH (d:Deal)
WHERE d.stage = 'CLOSED' AND d.closedOn <= $asOf AND d.revenueMinor > 0
RETURN d.revenueMinor AS revenueMinor, COLLECT { MATCH (c:Contact)-[:PARTY_TO]->(d) RETURN c.id } AS parties
