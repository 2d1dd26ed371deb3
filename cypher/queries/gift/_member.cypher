// What a gift plan needs to know about a contact c: its referrer as of the plan date (a contact, or a
// partner agent; outlets and team agents end the chain), what eligibility and households need. The
// caller gives `homes`, the household keys of c's home addresses that the plan groups by, and `facts`,
// what today's plan reads of the facts maintained with every write (null for a plan of another day).
OPTIONAL MATCH (c)-[r:REFERRED_BY|FORMERLY_REFERRED_BY]->(p)
  WHERE r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf) AND (p:Contact OR p:Agent)
WITH c, homes, facts, head(collect(p)) AS p
RETURN c.id AS id,
       CASE WHEN p:Contact THEN p.id END AS parentId,
       CASE WHEN p:Agent AND p.kind = 'PARTNER' THEN p.id END AS partnerId,
       c.erasedAt IS NOT NULL AS erased,
       c.archivedAt IS NOT NULL AS archived,
       date(coalesce(c.lastContactedAt, c.createdAt)) AS lastTouchOn,
       c.createdAt AS createdAt,
       c.firstName AS firstName, c.lastName AS lastName, c.spouseName AS spouseName,
       homes,
       facts
