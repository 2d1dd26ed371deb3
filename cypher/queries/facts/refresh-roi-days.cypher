// Recomputes the ROI facts of whole days (leads, and closed deals credited both ways) into one
// RoiDay node per day, read by marketing/roi-days.cypher instead of the deals and leads themselves.
// facts/RoiDays runs it before a writer commits, for every day its changes can touch: a written
// deal's closing day, the lead days of a moved origin, the closing days of the deals in a moved
// subtree. A day is recomputed from the graph, not adjusted, so a repeated or extra refresh is
// harmless.
UNWIND $days AS day
CALL (day) {
  CALL (day) {
    // @include marketing/_roi-leads
    UNION ALL
    // @include marketing/_roi-deals-source
    UNION ALL
    // @include marketing/_roi-deals-chain
  }
  WITH kind, outletId, depth, amountMinor, n WHERE outletId IS NOT NULL
  RETURN collect(kind) AS kinds, collect(outletId) AS outletIds, collect(depth) AS depths,
         collect(amountMinor) AS amounts, collect(n) AS counts
}
MERGE (r:RoiDay {on: day})
SET r.kinds = kinds, r.outletIds = outletIds, r.depths = depths, r.amounts = amounts, r.counts = counts
RETURN count(r) AS days
