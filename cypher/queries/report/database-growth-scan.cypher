// Contacts added, archived and erased per week (weeks start on Monday, in $zone) of [$from, $to],
// for one owner's book or the brokerage's; the added ones by where they came from, their current
// origin: an outlet (ADVERTISING), a contact (REFERRAL), a partner agent (PARTNER) or none. A
// contact counts once as removed: erased, or else archived (restoring one takes it back out).
MATCH (c:Contact)
WHERE ($agentId IS NULL OR EXISTS { (:Agent {id: $agentId})-[:OWNS]->(c) })
WITH c,
     date(datetime({datetime: c.createdAt, timezone: $zone})) AS addedOn,
     CASE WHEN c:Erased THEN date(datetime({datetime: c.erasedAt, timezone: $zone})) END AS erasedOn,
     CASE WHEN c:Archived AND c.archivedAt IS NOT NULL
          THEN date(datetime({datetime: c.archivedAt, timezone: $zone})) END AS archivedOn
WITH addedOn, erasedOn, archivedOn,
     CASE WHEN addedOn >= $from AND addedOn <= $to
          THEN COLLECT { MATCH (c)-[:REFERRED_BY]->(p)
                         RETURN CASE WHEN p:MediaOutlet THEN 'ADVERTISING' WHEN p:Agent THEN 'PARTNER'
                                     ELSE 'REFERRAL' END }[0] END AS source
WITH [e IN [['ADDED', addedOn, coalesce(source, 'NONE')], ['ARCHIVED', archivedOn, ''], ['ERASED', erasedOn, '']]
      WHERE e[1] IS NOT NULL AND e[1] >= $from AND e[1] <= $to] AS events
UNWIND events AS e
RETURN toString(date.truncate('week', e[1])) AS week, e[0] AS event, e[2] AS source, count(*) AS n
