// Keeps the root facts of a contact's whole subtree true after its origin changed: the outlet at
// the top of its tree (if the top is an outlet), how far below that outlet each contact stands
// (0 = the outlet's own lead), and the day that lead heard of us. Channel ROI reads these facts
// instead of walking chains, so it never traverses per deal.
MATCH (c:Contact {id: $contactId})
OPTIONAL MATCH (c)-[chain:REFERRED_BY]->{1,20}(top)
  WHERE NOT EXISTS { (top)-[:REFERRED_BY]->() }
WITH c,
     CASE WHEN top:MediaOutlet THEN top.id END AS outletId,
     CASE WHEN top:MediaOutlet THEN size(chain) - 1 END AS depth,
     CASE WHEN top:MediaOutlet THEN last(chain).referredOn END AS leadOn
MATCH (c) (()<-[r:REFERRED_BY]-(:Contact)){0,20} (n)
SET n.rootOutletId = outletId, n.rootDepth = depth + size(r), n.rootLeadOn = leadOn
RETURN count(n) AS refreshed
