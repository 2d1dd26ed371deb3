// The deals matching a deal filter, as `d`, read from the most selective anchor the Java side picks
// ($anchor): a contact's deals, an agent's deals, a stage (deal_stage), a closing window
// (deal_closed_on) or every deal.
CALL () {
  WITH 1 AS x WHERE $anchor = 'CONTACT'
  MATCH (:Contact {id: $contactId})-[:PARTY_TO]->(d:Deal)
  RETURN d
  UNION
  WITH 1 AS x WHERE $anchor = 'AGENT'
  MATCH (:Agent {id: $agentId})-[:HANDLES]->(d:Deal)
  RETURN d
  UNION
  WITH 1 AS x WHERE $anchor = 'CLOSED'
  MATCH (d:Deal) WHERE d.closedOn >= coalesce($closedFrom, date('0001-01-01'))
                   AND d.closedOn <= coalesce($closedTo, date('9999-12-31'))
  RETURN d
  UNION
  WITH 1 AS x WHERE $anchor = 'STAGE'
  MATCH (d:Deal) WHERE d.stage = $stage
  RETURN d
  UNION
  WITH 1 AS x WHERE $anchor = 'ALL'
  MATCH (d:Deal)
  RETURN d
}
WITH d
WHERE
// @include deal/_filters
