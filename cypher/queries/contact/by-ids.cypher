// The contacts with these ids, with everything that hangs off them, in one round trip.
UNWIND $ids AS id
MATCH (c:Contact {id: id})
RETURN c {
  .*,
  phones: COLLECT {
    MATCH (c)-[r:HAS_PHONE]->(p:PhoneNumber)
    RETURN {type: r.type, number: r.number, e164: p.e164} ORDER BY r.position
  },
  emails: COLLECT {
    MATCH (c)-[r:HAS_EMAIL]->(:EmailAddress)
    RETURN {type: r.type, address: r.address} ORDER BY r.position
  },
  addresses: COLLECT {
    MATCH (c)-[:HAS_ADDRESS]->(a:PostalAddress)
    RETURN a {.type, .lines, .city, .region, .postalCode, .country} ORDER BY a.position
  },
  groups: COLLECT { MATCH (c)-[:IN_GROUP]->(g:Group) RETURN g.name ORDER BY g.name },
  tags: COLLECT { MATCH (c)-[:TAGGED]->(t:Tag) RETURN t.name ORDER BY t.name }
} AS contact
