// ROI facts of a window from the maintained RoiDay nodes (see refresh-days.cypher): one node per day,
// its facts in parallel lists. $kinds picks the facts, e.g. LEAD and CHAIN.
MATCH (r:RoiDay)
WHERE r.on >= $from AND r.on <= $to
UNWIND range(0, size(r.kinds) - 1) AS i
WITH r, i WHERE r.kinds[i] IN $kinds
RETURN r.kinds[i] AS kind, r.outletIds[i] AS outletId, r.on AS on, r.depths[i] AS depth,
       r.amounts[i] AS amountMinor, r.counts[i] AS n
