// The existing contact each imported row is about: by Rootline id, external id, e-mail, phone,
// then the fingerprint of an earlier import of the same row. Erased contacts never match.
UNWIND $rows AS row
WITH row,
     COLLECT { MATCH (c:Contact {id: row.rootlineId}) WHERE c.erasedAt IS NULL RETURN c.id } +
     COLLECT { MATCH (c:Contact {externalId: row.externalId}) WHERE c.erasedAt IS NULL RETURN c.id } +
     COLLECT { MATCH (e:EmailAddress)<-[:HAS_EMAIL]-(c:Contact) WHERE e.normalized IN row.emails AND c.erasedAt IS NULL
               RETURN c.id ORDER BY c.id } +
     COLLECT { MATCH (p:PhoneNumber)<-[:HAS_PHONE]-(c:Contact) WHERE p.e164 IN row.phones AND c.erasedAt IS NULL
               RETURN c.id ORDER BY c.id } +
     COLLECT { MATCH (c:Contact {importKey: row.importKey}) WHERE c.erasedAt IS NULL RETURN c.id } AS ids
RETURN row.index AS index, head(ids) AS id,
       // A restored backup keeps its Rootline ids, unless the id is in use (an erased contact keeps its node).
       row.rootlineId IS NOT NULL AND NOT EXISTS { MATCH (:Contact {id: row.rootlineId}) } AS idFree
