// Freezes a quarter: its aggregated facts become QuarterFact nodes, read instead of the live graph.
CREATE (q:ClosedQuarter {quarter: $quarter, closedAt: datetime(), closedBy: $by})
WITH q
UNWIND $facts AS f
CREATE (:QuarterFact {quarter: $quarter, kind: f.kind, outletId: f.outletId, on: f.on, amountMinor: f.amountMinor,
                      depth: f.depth, n: f.n})
RETURN count(*) AS facts
