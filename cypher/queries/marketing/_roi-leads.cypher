// ROI facts of one day (variable `day`): leads, that is contacts whose current origin is an outlet,
// per outlet, counted on the day they heard of us.
MATCH (:Contact)-[r:REFERRED_BY]->(o:MediaOutlet)
WHERE r.referredOn = day
RETURN 'LEAD' AS kind, o.id AS outletId, 0 AS depth, 0 AS amountMinor, count(*) AS n
