MATCH (f:QuarterFact)
WHERE f.quarter IN $quarters
RETURN f.kind AS kind, f.outletId AS outletId, f.on AS on, f.amountMinor AS amountMinor, f.depth AS depth,
       f.dealId AS dealId
