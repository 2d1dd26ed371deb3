// The days contact `c` keeps, as columns: its own, its family's, its closed purchases' closing days
// (home anniversaries) and the values of the recurring custom DATE fields ($customProperties).
WITH c,
     COLLECT {
       MATCH (c)-[:PARTY_TO]->(d:Deal)
       WHERE d.stage = 'CLOSED' AND d.kind = 'PURCHASE' AND d.closedOn IS NOT NULL
       RETURN d.closedOn
     } AS homes,
     [k IN $customProperties | c[k]] AS custom
