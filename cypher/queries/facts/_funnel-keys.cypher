// What one bound deal d counts for in the funnel counters (see count-funnel.cypher), as it is now:
// no keys unless it has a contact among its parties; else one key per stage it reached, each for
// the brokerage ('*') and for every agent handling it:
// "DAY|<created on>|<agent or *>|<outlet at the top of the client's tree>|<kind of origin>|<stage>|<days>".
// The deal belongs to its primary client (the party added first, then the lower id); its group is
// the outlet at the top of that client's tree (rootOutletId: a referral counts for the ad its chain
// began with) and the kind of the client's own origin (DIRECT, REFERRAL, PARTNER, ADVERTISING).
// Stages: LEAD always; APPLICATION, APPROVED when the deal entered that stage or a later one (the
// first such entry's day; a deal may skip a stage); CLOSED when it is closed, on closedOn. Each
// stage after the lead carries the days from the stage before it, when the deal reached that one:
// the medians are read from these days. Days are in $zone.
// Patterns walk from the bound deal and client (see _mix-key.cypher).
WITH d, COLLECT { MATCH (c)-[:PARTY_TO]->(d) WHERE c:Contact RETURN c ORDER BY c.createdAt, c.id LIMIT 1 }[0] AS c
WITH d, c, CASE WHEN c IS NOT NULL THEN COLLECT { MATCH (c)-[:REFERRED_BY]->(o) RETURN o }[0] END AS origin,
     [i IN range(0, size(coalesce(d.historyStage, [])) - 1)
        WHERE d.historyStage[i] IN ['APPLICATION', 'APPROVED', 'UNDER_CONTRACT', 'CLOSED']
        | date(datetime({datetime: d.historyAt[i], timezone: $zone}))][0] AS appliedOn,
     [i IN range(0, size(coalesce(d.historyStage, [])) - 1)
        WHERE d.historyStage[i] IN ['APPROVED', 'UNDER_CONTRACT', 'CLOSED']
        | date(datetime({datetime: d.historyAt[i], timezone: $zone}))][0] AS approvedOn,
     CASE WHEN d.stage = 'CLOSED' THEN d.closedOn END AS closedOn,
     date(datetime({datetime: d.createdAt, timezone: $zone})) AS leadOn
WITH d, c, leadOn,
     '|' + coalesce(c.rootOutletId, '') + '|'
       + CASE WHEN origin IS NULL THEN 'DIRECT' WHEN origin:Contact THEN 'REFERRAL'
              WHEN origin:Agent THEN 'PARTNER' ELSE 'ADVERTISING' END + '|' AS group,
     [s IN [['LEAD', ''],
            CASE WHEN appliedOn IS NOT NULL THEN ['APPLICATION', toString(duration.inDays(leadOn, appliedOn).days)] END,
            CASE WHEN approvedOn IS NOT NULL
                 THEN ['APPROVED', CASE WHEN appliedOn IS NOT NULL THEN toString(duration.inDays(appliedOn, approvedOn).days) ELSE '' END] END,
            CASE WHEN closedOn IS NOT NULL
                 THEN ['CLOSED', CASE WHEN approvedOn IS NOT NULL THEN toString(duration.inDays(approvedOn, closedOn).days) ELSE '' END] END]
        WHERE s IS NOT NULL | s[0] + '|' + s[1]] AS stages
WITH d, CASE WHEN c IS NULL OR leadOn IS NULL THEN []
             ELSE reduce(keys = [], agent IN ['*'] + COLLECT { MATCH (a:Agent)-[:HANDLES]->(d) RETURN a.id AS id ORDER BY id }
                         | keys + [stage IN stages | 'DAY|' + toString(leadOn) + '|' + agent + group + stage]) END AS funnelKeys
