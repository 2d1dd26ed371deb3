// Channel ROI reads one RoiDay node per day (see queries/marketing/refresh-days.cypher, which keeps
// them true) instead of every deal and lead of the window. Leads of a day are found by their date.
CREATE CONSTRAINT roi_day_on IF NOT EXISTS FOR (r:RoiDay) REQUIRE r.on IS UNIQUE;
CREATE INDEX referred_on IF NOT EXISTS FOR ()-[r:REFERRED_BY]-() ON (r.referredOn);
CALL () {
  MATCH (d:Deal) WHERE d.stage = 'CLOSED' AND d.closedOn IS NOT NULL RETURN DISTINCT d.closedOn AS day
  UNION
  MATCH (:Contact)-[r:REFERRED_BY]->(:MediaOutlet) RETURN DISTINCT r.referredOn AS day
}
CALL (day) {
  CALL (day) {
    MATCH (:Contact)-[r:REFERRED_BY]->(o:MediaOutlet)
    WHERE r.referredOn = day
    RETURN 'LEAD' AS kind, o.id AS outletId, 0 AS depth, 0 AS amountMinor, count(*) AS n
    UNION ALL
    MATCH (d:Deal)
    WHERE d.closedOn = day AND d.stage = 'CLOSED'
    CALL (d) {
      MATCH (d)<-[:PARTY_TO]-(:Contact)-[lead:REFERRED_BY]->(o:MediaOutlet)
      RETURN o.id AS outletId
      ORDER BY lead.referredOn, o.id
      LIMIT 1
    }
    RETURN 'SOURCE' AS kind, outletId, 0 AS depth, sum(coalesce(d.revenueMinor, 0)) AS amountMinor, count(*) AS n
    UNION ALL
    MATCH (d:Deal)
    WHERE d.closedOn = day AND d.stage = 'CLOSED'
    CALL (d) {
      MATCH (d)<-[:PARTY_TO]-(c:Contact)
      WHERE c.rootOutletId IS NOT NULL
      RETURN c.rootOutletId AS outletId, c.rootDepth AS depth
      ORDER BY c.rootDepth, c.rootLeadOn, c.rootOutletId
      LIMIT 1
    }
    RETURN 'CHAIN' AS kind, outletId, depth, sum(coalesce(d.revenueMinor, 0)) AS amountMinor, count(*) AS n
  }
  WITH kind, outletId, depth, amountMinor, n WHERE outletId IS NOT NULL
  RETURN collect(kind) AS kinds, collect(outletId) AS outletIds, collect(depth) AS depths,
         collect(amountMinor) AS amounts, collect(n) AS counts
}
MERGE (r:RoiDay {on: day})
SET r.kinds = kinds, r.outletIds = outletIds, r.depths = depths, r.amounts = amounts, r.counts = counts;
