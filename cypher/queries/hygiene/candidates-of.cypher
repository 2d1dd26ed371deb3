// The contacts each given contact may be the same person as, and why: the same e-mail, the same
// phone, the same name and birthday, or an address in the same household (whose names the caller
// compares). Live contacts only, never a pair someone dismissed; at most 20 per contact and reason
// (an office's shared phone would otherwise pair everyone in it). Every lookup is an index seek.
UNWIND $ids AS id
MATCH (c:Contact {id: id})
USING INDEX SEEK c:Contact(id)
WHERE c.erasedAt IS NULL
CALL (c) {
  MATCH (c)-[:HAS_EMAIL]->(e:EmailAddress)<-[:HAS_EMAIL]-(o:Contact)
  WHERE o <> c AND o.erasedAt IS NULL
  RETURN o, 'SAME_EMAIL' AS reason, e.normalized AS value
  LIMIT 20
  UNION
  MATCH (c)-[:HAS_PHONE]->(p:PhoneNumber)<-[:HAS_PHONE]-(o:Contact)
  WHERE o <> c AND o.erasedAt IS NULL
  RETURN o, 'SAME_PHONE' AS reason, p.e164 AS value
  LIMIT 20
  UNION
  WITH c WHERE c.birthday IS NOT NULL AND c.firstName IS NOT NULL AND c.lastName IS NOT NULL
  WITH c, left(c.nameKey, size(c.nameKey) - size(c.id)) AS sameName
  MATCH (o:Contact)
  WHERE o.nameKey STARTS WITH sameName AND o <> c AND o.birthday = c.birthday AND o.erasedAt IS NULL
  RETURN o, 'SAME_NAME_AND_BIRTHDAY' AS reason, c.birthday AS value
  LIMIT 20
  UNION
  MATCH (c)-[:HAS_ADDRESS]->(a:PostalAddress)
  WHERE a.householdKey IS NOT NULL
  MATCH (b:PostalAddress {householdKey: a.householdKey})<-[:HAS_ADDRESS]-(o:Contact)
  WHERE o <> c AND o.erasedAt IS NULL
  RETURN o, 'SIMILAR_NAME_SAME_ADDRESS' AS reason, a.householdKey AS value
  LIMIT 20
}
WITH c, o, reason, value
WHERE NOT EXISTS { (c)-[:NOT_DUPLICATE]-(o) }
RETURN c.id AS id, c.firstName AS firstName, c.lastName AS lastName, o.id AS otherId, o.firstName AS otherFirstName,
       o.lastName AS otherLastName, reason, value
