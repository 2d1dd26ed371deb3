// A partner's ledger: clients they referred to us in the window (with the closed-deal revenue of
// each client and everything below them), and clients we referred to them.
MATCH (p:Agent {id: $agentId})
CALL (p) {
  OPTIONAL MATCH (c:Contact)-[r:REFERRED_BY]->(p)
  WHERE ($from IS NULL OR r.referredOn >= $from) AND ($to IS NULL OR r.referredOn <= $to)
  CALL (c) {
    OPTIONAL MATCH (c) (()<-[:REFERRED_BY]-(:Contact)){0,20} (n)-[:PARTY_TO]->(d:Deal)
    WHERE d.stage = 'CLOSED'
    WITH DISTINCT d
    RETURN coalesce(sum(d.revenueMinor), 0) AS valueMinor
  }
  WITH c, r, valueMinor ORDER BY r.referredOn, c.id
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, referredOn: r.referredOn, valueMinor: valueMinor} END) AS received
}
CALL (p) {
  OPTIONAL MATCH (c:Contact)-[r:REFERRED_OUT]->(p)
  WHERE ($from IS NULL OR r.referredOn >= $from) AND ($to IS NULL OR r.referredOn <= $to)
  WITH c, r ORDER BY r.referredOn, c.id
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, referredOn: r.referredOn, note: r.note} END) AS sent
}
RETURN received, sent
