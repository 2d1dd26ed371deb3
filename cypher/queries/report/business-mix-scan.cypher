// The deals closed in [$from, $to] (for one agent or the brokerage), each credited once, whole, to
// its primary client (the party added to Rootline first, then the lower id), by where that client's
// business came from: REPEAT_CLIENT when the client had closed a deal before (earlier day, or the
// same day and a lower id), else the client's current origin: a contact (REFERRAL, with the client's
// generation: its level in the tree, the original source being 0), a partner agent (PARTNER), an
// outlet (ADVERTISING, by its media type), or none (DIRECT).
MATCH (d:Deal)
WHERE d.stage = 'CLOSED' AND d.closedOn >= $from AND d.closedOn <= $to
  AND ($agentId IS NULL OR EXISTS { (:Agent {id: $agentId})-[:HANDLES]->(d) })
CALL (d) {
  MATCH (c:Contact)-[:PARTY_TO]->(d)
  RETURN c
  ORDER BY c.createdAt, c.id
  LIMIT 1
}
OPTIONAL MATCH (c)-[:REFERRED_BY]->(origin)
WITH d, c, origin,
     EXISTS {
       MATCH (c)-[:PARTY_TO]->(earlier:Deal)
       WHERE earlier.stage = 'CLOSED' AND earlier <> d
         AND (earlier.closedOn < d.closedOn OR (earlier.closedOn = d.closedOn AND earlier.id < d.id))
     } AS repeat
WITH d, c, origin,
     CASE WHEN repeat THEN 'REPEAT_CLIENT'
          WHEN origin IS NULL THEN 'DIRECT'
          WHEN origin:Contact THEN 'REFERRAL'
          WHEN origin:Agent THEN 'PARTNER'
          ELSE 'ADVERTISING' END AS source
OPTIONAL MATCH (origin)-[:OF_TYPE]->(type:MediaType)
WITH source, d,
     CASE WHEN source = 'REFERRAL' THEN toInteger(left(c.treeKey, 2)) END AS generation,
     CASE WHEN source = 'ADVERTISING' THEN type END AS type
RETURN source, generation, type {.id, .key, .name} AS mediaType,
       count(d) AS deals, sum(coalesce(d.revenueMinor, 0)) AS revenueMinor
ORDER BY source, generation, mediaType.name
