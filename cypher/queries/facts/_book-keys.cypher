// What one bound contact c counts for in the book counters (BookCount, see count-book.cypher), as
// keys "WEEK|<Monday in $zone>|<owner>|<event>|<source>" and "NOW||<owner>|<state>|": the week it
// was added, by its current origin (an outlet: ADVERTISING, a partner agent: PARTNER, a contact:
// REFERRAL, none: NONE); the week it was erased, or else archived (restoring it takes that back);
// and its state now (ACTIVE, INACTIVE, ARCHIVED, ERASED). A contact with no owner counts under ''; one
// written past the service without its creation time counts only in the book now.
WITH c, coalesce(COLLECT { MATCH (a:Agent)-[:OWNS]->(c) RETURN a.id AS id ORDER BY id }[0], '') AS ownerId,
     coalesce(COLLECT { MATCH (c)-[:REFERRED_BY]->(p)
                        RETURN CASE WHEN p:MediaOutlet THEN 'ADVERTISING' WHEN p:Agent THEN 'PARTNER'
                                    ELSE 'REFERRAL' END }[0], 'NONE') AS source
WITH c, ownerId, source,
     CASE WHEN c:Erased THEN 'ERASED' WHEN c:Archived THEN 'ARCHIVED'
          WHEN c.active THEN 'ACTIVE' ELSE 'INACTIVE' END AS state,
     CASE WHEN c:Erased THEN ['ERASED', c.erasedAt]
          WHEN c:Archived AND c.archivedAt IS NOT NULL THEN ['ARCHIVED', c.archivedAt] END AS removal
WITH c, ['NOW||' + ownerId + '|' + state + '|']
        + CASE WHEN c.createdAt IS NULL THEN []
               ELSE ['WEEK|' + toString(date.truncate('week', datetime({datetime: c.createdAt, timezone: $zone})))
                     + '|' + ownerId + '|ADDED|' + source] END
        + CASE WHEN removal IS NULL THEN []
               ELSE ['WEEK|' + toString(date.truncate('week', datetime({datetime: removal[1], timezone: $zone})))
                     + '|' + ownerId + '|' + removal[0] + '|'] END AS book
