// The e-mail permissions of contacts, by id: where messages go (the first address) and whether a
// campaign may send to them now.
UNWIND $ids AS id
MATCH (c:Contact {id: id})
RETURN c.id AS id,
       COLLECT { MATCH (c)-[r:HAS_EMAIL]->(:EmailAddress) RETURN r.address ORDER BY r.position LIMIT 1 }[0] AS address,
       c.emailConsentAt AS consentedAt, c.emailOptOutAt AS unsubscribedAt, c.emailBouncedAt AS bouncedAt,
       c.emailConsentAt IS NOT NULL AND c.emailOptOutAt IS NULL AND c.emailBouncedAt IS NULL
         AND c.doNotContactAt IS NULL AND NOT c:Erased AND NOT c:Archived
         AND EXISTS { (c)-[:HAS_EMAIL]->(:EmailAddress) } AS campaignsAllowed
