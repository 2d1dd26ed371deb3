// ROI facts of one day (variable `day`): leads, that is contacts whose current origin is an outlet,
// per outlet, counted on the day they heard of us.
// The day's leads are sought in the referredOn index, as the hint says: a plan made while there were
// few leads expanded every lead of every outlet and filtered by day.
MATCH (:Contact)-[r:REFERRED_BY]->(o:MediaOutlet)
USING INDEX SEEK r:REFERRED_BY(referredOn)
WHERE r.referredOn = day
RETURN 'LEAD' AS kind, o.id AS outletId, 0 AS depth, 0 AS amountMinor, count(*) AS n
