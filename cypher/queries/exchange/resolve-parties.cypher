// Referrers and lead sources named in a file: a Rootline id, an external id, an e-mail, or an
// outlet's name. The first kind that matches wins. The e-mail lookup seeks its index as the hint
// says: a plan made while the store was small scanned every contact for each key instead.
UNWIND $keys AS key
WITH key,
     COLLECT { MATCH (c:Contact {id: key}) RETURN {id: c.id, outlet: false} } +
     COLLECT { MATCH (a:Agent {id: key}) RETURN {id: a.id, outlet: false} } +
     COLLECT { MATCH (o:MediaOutlet {id: key}) RETURN {id: o.id, outlet: true} } +
     COLLECT { MATCH (c:Contact {externalId: key}) RETURN {id: c.id, outlet: false} } +
     COLLECT { MATCH (e:EmailAddress {normalized: toLower(key)})<-[:HAS_EMAIL]-(c:Contact)
               USING INDEX SEEK e:EmailAddress(normalized)
               RETURN {id: c.id, outlet: false} ORDER BY c.id } +
     COLLECT { MATCH (o:MediaOutlet) WHERE toLower(o.name) = toLower(key)
               RETURN {id: o.id, outlet: true} ORDER BY o.id } AS found
RETURN key, head(found).id AS id, head(found).outlet AS outlet
