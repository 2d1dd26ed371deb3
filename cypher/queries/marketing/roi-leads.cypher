// ROI facts: leads (contacts whose origin is an outlet) per outlet and the day they heard of us.
MATCH (:Contact)-[r:REFERRED_BY]->(o:MediaOutlet)
WHERE r.referredOn >= $from AND r.referredOn <= $to
RETURN o.id AS outletId, r.referredOn AS on, 0 AS depth, 0 AS amountMinor, count(*) AS n
