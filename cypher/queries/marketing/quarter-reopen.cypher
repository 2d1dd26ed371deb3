MATCH (q:ClosedQuarter {quarter: $quarter})
OPTIONAL MATCH (f:QuarterFact {quarter: $quarter})
DETACH DELETE f
WITH DISTINCT q
DETACH DELETE q
RETURN count(*) AS reopened
