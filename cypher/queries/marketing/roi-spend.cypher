// ROI facts: each live spend entry in the window.
MATCH (s:AdSpend)-[:FOR]->(o:MediaOutlet)
WHERE s.deletedAt IS NULL AND s.spentOn >= $from AND s.spentOn <= $to
RETURN o.id AS outletId, s.spentOn AS on, s.amountMinor AS amountMinor
