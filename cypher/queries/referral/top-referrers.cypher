// Credits every ancestor of each referred contact (COUNT: referrals made in the window) or of each
// closed deal's contacts (VALUE: revenue closed in the window, each deal once per ancestor).
CALL () {
  WITH 1 AS x WHERE $by = 'COUNT'
  MATCH (n:Contact)-[r0:REFERRED_BY|FORMERLY_REFERRED_BY]->()
  WHERE ($from IS NULL OR r0.referredOn >= $from) AND ($to IS NULL OR r0.referredOn <= $to)
    AND (($asOf IS NULL AND r0:REFERRED_BY)
         OR ($asOf IS NOT NULL AND r0.validFrom <= $asOf AND (r0.validTo IS NULL OR r0.validTo > $asOf)))
  MATCH (n) (()-[r:REFERRED_BY|FORMERLY_REFERRED_BY]->(a)
      WHERE ($asOf IS NULL AND r:REFERRED_BY)
         OR ($asOf IS NOT NULL AND r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf))
    ){1,20} ()
  UNWIND a AS ancestor
  // A chain matches once per length, so each (ancestor, referral) pair is counted once.
  WITH DISTINCT ancestor, n
  RETURN ancestor, count(*) AS referrals, 0 AS valueMinor
  UNION
  WITH 1 AS x WHERE $by = 'VALUE'
  MATCH (d:Deal)<-[:PARTY_TO]-(n:Contact)
  WHERE d.stage = 'CLOSED' AND ($from IS NULL OR d.closedOn >= $from) AND ($to IS NULL OR d.closedOn <= $to)
  MATCH (n) (()-[r:REFERRED_BY|FORMERLY_REFERRED_BY]->(a)
      WHERE ($asOf IS NULL AND r:REFERRED_BY)
         OR ($asOf IS NOT NULL AND r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf))
    ){1,20} ()
  UNWIND a AS ancestor
  WITH DISTINCT ancestor, d
  RETURN ancestor, 0 AS referrals, sum(d.revenueMinor) AS valueMinor
}
WITH ancestor, referrals, valueMinor
WHERE ancestor:Contact OR ancestor:Agent
RETURN ancestor.id AS id, referrals, valueMinor
ORDER BY CASE $by WHEN 'COUNT' THEN referrals ELSE valueMinor END DESC, id
LIMIT $limit
