// What a gift vendor needs for each recipient: the name, the first e-mail, and the mailing address
// (MAILING, else HOME, else any). Erased contacts give nothing away.
UNWIND $ids AS id
MATCH (c:Contact {id: id})
RETURN c.id AS id, c.displayName AS name, c.erasedAt IS NOT NULL AS erased,
       head(COLLECT { MATCH (c)-[r:HAS_EMAIL]->(:EmailAddress) RETURN r.address ORDER BY r.position }) AS email,
       head(COLLECT {
         MATCH (c)-[:HAS_ADDRESS]->(a:PostalAddress)
         // Sorted before the projection, which would hide the type and position (see contact/_return-record).
         WITH a ORDER BY CASE a.type WHEN 'MAILING' THEN 0 WHEN 'HOME' THEN 1 ELSE 2 END, a.position
         RETURN a {.lines, .city, .region, .postalCode, .country}
       }) AS address
