// The per-day facts as sorted entries "day=…": the touch counts (contacts and scoring ones per day
// last in touch), the channel ROI entries of each RoiDay, the deal counters per agent and kind, and
// the business mix counters ("key=deals,revenue"), the funnel, book and activity counters ("key=n"). Days and counters with nothing counted read as absent ones.
WITH
  COLLECT {
    MATCH (t:TouchDay) WHERE t.contacts <> 0 OR t.scoring <> 0
    RETURN toString(t.on) + '=' + toString(t.contacts) + ',' + toString(t.scoring) AS entry ORDER BY entry
  } AS touchDays,
  COLLECT {
    MATCH (r:RoiDay)
    UNWIND range(0, size(r.kinds) - 1) AS i
    RETURN toString(r.on) + '=' + r.kinds[i] + ',' + r.outletIds[i] + ',' + toString(r.depths[i]) + ','
           + toString(r.amounts[i]) + ',' + toString(r.counts[i]) AS entry
    ORDER BY entry
  } AS roiDays,
  COLLECT {
    MATCH (x:DealDay) WHERE x.created <> 0 OR x.underContract <> 0 OR x.closed <> 0
    RETURN toString(x.on) + '=' + x.agentId + ',' + x.kind + ',' + toString(x.created) + ','
           + toString(x.underContract) + ',' + toString(x.closed) AS entry
    ORDER BY entry
  } AS dealDays,
  COLLECT {
    MATCH (x:MixCount) WHERE x.n <> 0 OR x.revenueMinor <> 0
    RETURN x.key + '=' + toString(x.n) + ',' + toString(x.revenueMinor) AS entry
    ORDER BY entry
  } AS mix,
  COLLECT {
    MATCH (x:FunnelCount) WHERE x.n <> 0
    RETURN x.key + '=' + toString(x.n) AS entry
    ORDER BY entry
  } AS funnel,
  COLLECT {
    MATCH (x:BookCount) WHERE x.n <> 0
    RETURN x.key + '=' + toString(x.n) AS entry
    ORDER BY entry
  } AS book,
  COLLECT {
    MATCH (x:ActivityCount) WHERE x.n <> 0
    RETURN x.key + '=' + toString(x.n) AS entry
    ORDER BY entry
  } AS activity
