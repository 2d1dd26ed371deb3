MATCH (f:QuarterFact)
WHERE f.quarter IN $quarters AND f.kind IN $kinds
RETURN f.kind AS kind, f.outletId AS outletId, f.on AS on, f.amountMinor AS amountMinor, f.depth AS depth, f.n AS n
