// Freezes a quarter: its facts become QuarterFact nodes, read instead of the live graph from now on.
CREATE (q:ClosedQuarter {quarter: $quarter, closedAt: datetime(), closedBy: $by})
WITH q
UNWIND $facts AS f
CREATE (:QuarterFact {quarter: $quarter, kind: f.kind, outletId: f.outletId, on: f.on, amountMinor: f.amountMinor,
                      depth: f.depth, dealId: f.dealId})
RETURN count(*) AS facts
