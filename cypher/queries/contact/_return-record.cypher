// Returns the contact `c` as the API shows it, with everything that hangs off it, as `contact`.
// Shared by the reads by id and by the writes that answer with the contact they wrote, so that a
// write's answer is exactly what a read after it would give.
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
    // Sorted before the projection: a projection `a {…}` is itself named `a`, so an ORDER BY after
    // it would read the projected map, which has no position.
    WITH a ORDER BY a.position
    RETURN a {.type, .lines, .city, .region, .postalCode, .country}
  },
  groups: COLLECT { MATCH (c)-[:IN_GROUP]->(g:Group) RETURN g.name ORDER BY g.name },
  tags: COLLECT { MATCH (c)-[:TAGGED]->(t:Tag) RETURN t.name ORDER BY t.name }
} AS contact
