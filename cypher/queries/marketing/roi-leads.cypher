// ROI facts: each contact whose origin is an outlet and who heard of us in the window.
MATCH (:Contact)-[r:REFERRED_BY]->(o:MediaOutlet)
WHERE r.referredOn >= $from AND r.referredOn <= $to
RETURN o.id AS outletId, r.referredOn AS on
