// The deals created in [$from, $to] (days in $zone), for one agent or the brokerage, through the
// stages: lead → application → approved → closed. A stage counts as reached when the deal entered it
// or any later one (a deal may skip a stage); its day is the first such entry (closed: closedOn).
// Each deal belongs to its primary client (the party added first), grouped by $by: the outlet at the
// top of the client's tree (OUTLET, MEDIA_TYPE; a referral counts for the ad its chain began with)
// or the kind of the client's own origin (REFERRAL_KIND); ALL gives the whole cohort. Days between stages: medians of the deals
// that reached both.
MATCH (d:Deal)
WHERE ($agentId IS NULL OR EXISTS { (:Agent {id: $agentId})-[:HANDLES]->(d) })
WITH d, date(datetime({datetime: d.createdAt, timezone: $zone})) AS leadOn
WHERE leadOn >= $from AND leadOn <= $to
CALL (d) {
  MATCH (c:Contact)-[:PARTY_TO]->(d)
  RETURN c
  ORDER BY c.createdAt, c.id
  LIMIT 1
}
OPTIONAL MATCH (c)-[:REFERRED_BY]->(origin)
OPTIONAL MATCH (top:MediaOutlet {id: c.rootOutletId})-[:OF_TYPE]->(type:MediaType)
WITH d, leadOn,
     CASE $by
       WHEN 'ALL' THEN 'ALL'
       WHEN 'OUTLET' THEN top.id
       WHEN 'MEDIA_TYPE' THEN type.id
       ELSE CASE WHEN origin IS NULL THEN 'DIRECT' WHEN origin:Contact THEN 'REFERRAL'
                 WHEN origin:Agent THEN 'PARTNER' ELSE 'ADVERTISING' END
     END AS key,
     [i IN range(0, size(coalesce(d.historyStage, [])) - 1)
        WHERE d.historyStage[i] IN ['APPLICATION', 'APPROVED', 'UNDER_CONTRACT', 'CLOSED']
        | date(datetime({datetime: d.historyAt[i], timezone: $zone}))] AS applied,
     [i IN range(0, size(coalesce(d.historyStage, [])) - 1)
        WHERE d.historyStage[i] IN ['APPROVED', 'UNDER_CONTRACT', 'CLOSED']
        | date(datetime({datetime: d.historyAt[i], timezone: $zone}))] AS approved,
     CASE WHEN d.stage = 'CLOSED' THEN d.closedOn END AS closedOn
WITH key, leadOn, closedOn,
     CASE WHEN size(applied) > 0 THEN applied[0] END AS appliedOn,
     CASE WHEN size(approved) > 0 THEN approved[0] END AS approvedOn
RETURN key,
       count(*) AS leads,
       count(appliedOn) AS applications,
       count(approvedOn) AS approved,
       count(closedOn) AS closed,
       percentileCont(CASE WHEN appliedOn IS NOT NULL THEN duration.inDays(leadOn, appliedOn).days END, 0.5) AS toApplication,
       percentileCont(CASE WHEN approvedOn IS NOT NULL AND appliedOn IS NOT NULL
                           THEN duration.inDays(appliedOn, approvedOn).days END, 0.5) AS toApproval,
       percentileCont(CASE WHEN closedOn IS NOT NULL AND approvedOn IS NOT NULL
                           THEN duration.inDays(approvedOn, closedOn).days END, 0.5) AS toClose
ORDER BY key
