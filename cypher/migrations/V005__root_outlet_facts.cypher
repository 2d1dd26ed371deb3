// Root facts for channel ROI on data recorded before they were maintained: every contact below an
// outlet learns the outlet, its depth below it and the day the outlet's lead heard of us.
MATCH (top:MediaOutlet)<-[first:REFERRED_BY]-(lead:Contact)
MATCH (lead) (()<-[r:REFERRED_BY]-(:Contact)){0,20} (n)
SET n.rootOutletId = top.id, n.rootDepth = size(r), n.rootLeadOn = first.referredOn;
