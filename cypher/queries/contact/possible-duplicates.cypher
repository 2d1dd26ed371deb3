// Other live contacts that share an e-mail or a normalised phone with the one being written.
CALL () {
  MATCH (e:EmailAddress)<-[:HAS_EMAIL]-(c:Contact)
  WHERE e.normalized IN $emails
  RETURN c, 'email' AS matchedBy, e.normalized AS value
  UNION
  MATCH (p:PhoneNumber)<-[:HAS_PHONE]-(c:Contact)
  WHERE p.e164 IN $phones
  RETURN c, 'phone' AS matchedBy, p.e164 AS value
}
WITH c, matchedBy, value
WHERE c.erasedAt IS NULL AND ($exceptId IS NULL OR c.id <> $exceptId)
RETURN c.id AS id, c.displayName AS displayName, matchedBy, value
ORDER BY id
LIMIT 5
