// What one bound deal d counts for in the business mix counters (see count-mix.cypher), as it is
// now: null unless it is closed and has a contact among its parties; else
// "DAY|<closedOn>|<agent>|<source>|<generation>|<media type>", crediting it whole to its primary
// client (the party added first, then the lower id) by where that client's business came from:
// REPEAT_CLIENT when the client closed a deal before (an earlier day, or the same day and a lower
// id), else the client's current origin: a contact (REFERRAL, with the client's generation in its
// tree), a partner agent (PARTNER), an outlet (ADVERTISING, with its media type) or none (DIRECT).
// Every pattern starts from the bound deal or client: with a label on the far node the planner
// chose an index of every closed deal for the repeat check, once per deal (quadratic at 1M).
WITH d, CASE WHEN d.stage = 'CLOSED' AND d.closedOn IS NOT NULL
             THEN COLLECT { MATCH (c)-[:PARTY_TO]->(d) WHERE c:Contact RETURN c ORDER BY c.createdAt, c.id LIMIT 1 }[0] END AS c
WITH d, c, CASE WHEN c IS NOT NULL THEN COLLECT { MATCH (c)-[:REFERRED_BY]->(o) RETURN o }[0] END AS origin
WITH d, c, origin,
     CASE WHEN c IS NULL THEN null
          WHEN any(earlier IN COLLECT { MATCH (c)-[:PARTY_TO]->(e) RETURN e }
                   WHERE earlier.stage = 'CLOSED' AND earlier <> d
                     AND (earlier.closedOn < d.closedOn OR (earlier.closedOn = d.closedOn AND earlier.id < d.id)))
               THEN 'REPEAT_CLIENT'
          WHEN origin IS NULL THEN 'DIRECT'
          WHEN origin:Contact THEN 'REFERRAL'
          WHEN origin:Agent THEN 'PARTNER'
          ELSE 'ADVERTISING' END AS source
WITH d, CASE WHEN source IS NULL THEN null
             ELSE 'DAY|' + toString(d.closedOn) + '|'
                  + coalesce(COLLECT { MATCH (a:Agent)-[:HANDLES]->(d) RETURN a.id AS id ORDER BY id }[0], '') + '|'
                  + source + '|'
                  + CASE WHEN source = 'REFERRAL' THEN coalesce(toString(toInteger(left(c.treeKey, 2))), '') ELSE '' END + '|'
                  + CASE WHEN source = 'ADVERTISING'
                         THEN coalesce(COLLECT { MATCH (origin)-[:OF_TYPE]->(t:MediaType) RETURN t.id }[0], '') ELSE '' END
        END AS mixKey
