// Counts per level and the closed-deal revenue of everything under a party, as of a date.
// Descendants only: the party's own deals are its own business, not business it brought.
CALL () {
  MATCH (root:Contact {id: $id}) RETURN root
  UNION
  MATCH (root:Agent {id: $id}) RETURN root
  UNION
  MATCH (root:MediaOutlet {id: $id}) RETURN root
}
CALL (root) {
  OPTIONAL MATCH (root) (()<-[r:REFERRED_BY|FORMERLY_REFERRED_BY]-(:Contact)
      WHERE ($asOf IS NULL AND r:REFERRED_BY)
         OR ($asOf IS NOT NULL AND r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf))
    ){1,20} (n)
  WITH size(r) AS depth, count(n) AS nodes
  WHERE nodes > 0
  RETURN collect({depth: depth, count: nodes}) AS levels
}
// The subtree first, then its deals, each deal once.
CALL (root) {
  OPTIONAL MATCH (root) (()<-[r:REFERRED_BY|FORMERLY_REFERRED_BY]-(:Contact)
      WHERE ($asOf IS NULL AND r:REFERRED_BY)
         OR ($asOf IS NOT NULL AND r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf))
    ){1,20} (n)
  WITH DISTINCT n
  MATCH (n)-[:PARTY_TO]->(d:Deal)
  WHERE d.stage = 'CLOSED' AND ($asOf IS NULL OR d.closedOn <= $asOf)
  WITH DISTINCT d
  RETURN coalesce(sum(d.revenueMinor), 0) AS valueMinor
}
RETURN root.id AS id, levels, valueMinor
