// Every day that has or may have channel ROI facts: the closing days of closed deals, the days of
// leads current or former, and every day that has a RoiDay already (a stale one is emptied).
CALL () {
  MATCH (d:Deal) WHERE d.stage = 'CLOSED' AND d.closedOn IS NOT NULL RETURN d.closedOn AS day
  UNION
  MATCH (:Contact)-[r:REFERRED_BY|FORMERLY_REFERRED_BY]->(:MediaOutlet) RETURN r.referredOn AS day
  UNION
  MATCH (r:RoiDay) RETURN r.on AS day
}
WITH day WHERE day IS NOT NULL
RETURN day
ORDER BY day
