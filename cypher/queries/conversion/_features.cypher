// The features and outcome of the contacts in `c` (see features.cypher); included by the queries
// that choose them.
// The contact's interactions and deals are read by expanding from it, their conditions applied
// afterwards: with a label or a property condition on the far node the planner seeks the
// interactions' time index (or the deals' stage index) and joins back, once per contact.
WITH c, [(c)-[:HAD]->(i) | {at: i.occurredAt, kind: i.kind, inbound: i.direction = 'INBOUND', meeting: i.kind = 'MEETING'}] AS all,
     [(c)-[:PARTY_TO]->(d) | {stage: d.stage, closedOn: d.closedOn}] AS deals
WITH c, deals, [i IN all WHERE i.at < $asOfTime AND i.kind <> 'WEB_FORM'] AS past
WITH c, deals, past, $asOfTime - duration({days: 365}) AS yearAgo
WITH c, deals, size([i IN past WHERE i.at >= $asOfTime - duration({days: 30})]) AS touches30,
     size([i IN past WHERE i.at >= $asOfTime - duration({days: 90})]) AS touches90,
     size([i IN past WHERE i.at >= yearAgo]) AS touches365,
     size([i IN past WHERE i.at >= yearAgo AND i.inbound]) AS inbound365,
     size([i IN past WHERE i.at >= yearAgo AND i.meeting]) AS meetings365,
     reduce(last = null, i IN past | CASE WHEN last IS NULL OR i.at > last THEN i.at ELSE last END) AS lastAt,
     // First opens and clicks of the e-mails sent to it (mail/record-engagement.cypher), newest first.
     size([t IN coalesce(c.emailOpens, []) WHERE t < $asOfTime AND t >= yearAgo]) AS opens365,
     size([t IN coalesce(c.emailClicks, []) WHERE t < $asOfTime AND t >= yearAgo]) AS clicks365
OPTIONAL MATCH (c)-[r:REFERRED_BY]->(origin)
WHERE r.validFrom IS NULL OR r.validFrom <= $asOf
RETURN c.id AS id, touches30, touches90, touches365, inbound365, meetings365, opens365, clicks365,
       CASE WHEN lastAt IS NULL THEN null ELSE duration.inDays(date(lastAt), $asOf).days END AS daysSinceContact,
       CASE WHEN origin IS NULL THEN 'NONE' WHEN origin:MediaOutlet THEN 'OUTLET:' + origin.id
            WHEN origin:Agent THEN 'PARTNER' ELSE 'CONTACT' END AS origin,
       origin:Contact AND any(d IN [(origin)-[:PARTY_TO]->(x) | x] WHERE d.stage = 'CLOSED' AND d.closedOn <= $asOf)
         AS referredByConverted,
       CASE WHEN c.treeKey IS NULL THEN 0 ELSE toInteger(left(c.treeKey, 2)) END AS depth,
       reduce(total = 0, n IN coalesce(c.levelCounts, []) | total + n) AS below,
       any(d IN deals WHERE d.stage = 'CLOSED' AND d.closedOn > $asOf AND d.closedOn <= $until) AS converted
