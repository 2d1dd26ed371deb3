// ROI facts of a window from the maintained RoiDay nodes (see refresh-days.cypher): one node per day,
// its facts in parallel lists. $kinds picks the facts, e.g. LEAD and CHAIN. Reports group by quarter
// at the finest, so they get sums per quarter ($perDay false): 8 quarters are about 1,000 rows
// rather than the 100,000 day facts of a million contacts; `on` is then the first day of the window
// in that quarter. Closing a quarter freezes the day facts ($perDay true).
MATCH (r:RoiDay)
WHERE r.on >= $from AND r.on <= $to
UNWIND range(0, size(r.kinds) - 1) AS i
WITH r, i WHERE r.kinds[i] IN $kinds
WITH r.kinds[i] AS kind, r.outletIds[i] AS outletId, r.depths[i] AS depth, r.on.year AS year,
     r.on.quarter AS quarter, CASE WHEN $perDay THEN r.on END AS day, r.on AS on,
     r.amounts[i] AS amountMinor, r.counts[i] AS n
RETURN kind, outletId, depth, year, quarter, day, min(on) AS on, sum(amountMinor) AS amountMinor, sum(n) AS n
