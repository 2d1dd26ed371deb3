// The existing contacts each imported row may be about, strongest evidence first: Rootline id,
// external id, the fingerprint of an earlier import of the same row, then e-mail and phone, each
// with the candidate's name so that ContactMatching can check it. Erased contacts never match.
// The e-mail and phone lookups seek their unique index one value at a time, as the hints say: left
// to itself, the planner scanned a contact index for every row, an import quadratic in the store.
UNWIND $rows AS row
WITH row,
     COLLECT { MATCH (c:Contact {id: row.rootlineId}) WHERE c.erasedAt IS NULL
               RETURN {id: c.id, by: 'ID', firstName: c.firstName, lastName: c.lastName} } +
     COLLECT { MATCH (c:Contact {externalId: row.externalId}) WHERE c.erasedAt IS NULL
               RETURN {id: c.id, by: 'EXTERNAL_ID', firstName: c.firstName, lastName: c.lastName} } +
     COLLECT { MATCH (c:Contact {importKey: row.importKey}) WHERE c.erasedAt IS NULL
               RETURN {id: c.id, by: 'SAME_ROW', firstName: c.firstName, lastName: c.lastName} } +
     COLLECT { UNWIND row.emails AS email
               MATCH (e:EmailAddress {normalized: email})<-[:HAS_EMAIL]-(c:Contact) USING INDEX SEEK e:EmailAddress(normalized)
               WHERE c.erasedAt IS NULL
               WITH DISTINCT c ORDER BY c.id
               RETURN {id: c.id, by: 'EMAIL', firstName: c.firstName, lastName: c.lastName} } +
     COLLECT { UNWIND row.phones AS phone
               MATCH (p:PhoneNumber {e164: phone})<-[:HAS_PHONE]-(c:Contact) USING INDEX SEEK p:PhoneNumber(e164)
               WHERE c.erasedAt IS NULL
               WITH DISTINCT c ORDER BY c.id
               RETURN {id: c.id, by: 'PHONE', firstName: c.firstName, lastName: c.lastName} } AS candidates
RETURN row.index AS index, candidates,
       // A restored backup keeps its Rootline ids, unless the id is in use (an erased contact keeps its node).
       row.rootlineId IS NOT NULL AND NOT EXISTS { MATCH (:Contact {id: row.rootlineId}) } AS idFree
