// Referrers and lead sources named in a file: a Rootline id, an external id, an e-mail, or an
// outlet's name. The first kind that matches wins.
UNWIND $keys AS key
WITH key,
     COLLECT { MATCH (c:Contact {id: key}) RETURN c.id } +
     COLLECT { MATCH (a:Agent {id: key}) RETURN a.id } +
     COLLECT { MATCH (o:MediaOutlet {id: key}) RETURN o.id } +
     COLLECT { MATCH (c:Contact {externalId: key}) RETURN c.id } +
     COLLECT { MATCH (:EmailAddress {normalized: toLower(key)})<-[:HAS_EMAIL]-(c:Contact) RETURN c.id ORDER BY c.id } +
     COLLECT { MATCH (o:MediaOutlet) WHERE toLower(o.name) = toLower(key) RETURN o.id ORDER BY o.id } AS ids
RETURN key, head(ids) AS id
