// ROI facts: live spend per outlet and day in the window.
MATCH (s:AdSpend)-[:FOR]->(o:MediaOutlet)
WHERE s.deletedAt IS NULL AND s.spentOn >= $from AND s.spentOn <= $to
RETURN o.id AS outletId, s.spentOn AS on, 0 AS depth, sum(s.amountMinor) AS amountMinor, count(*) AS n
