// Moves what hangs off a duplicate onto the survivor, then deletes the duplicate. Interactions are
// re-pointed; every other relationship (deals, ownership, referrals out, ...) is recreated with its
// own type and properties, so a relationship type added later is carried over too.
MATCH (s:Contact {id: $survivorId}), (d:Contact {id: $duplicateId})
CALL (s, d) {
  MATCH (d)-[h:HAD]->(i:Interaction)
  CREATE (s)-[:HAD]->(i)
  SET i.contactId = s.id
  DELETE h
}
CALL (s, d) {
  MATCH (d)-[r]->(other)
  WHERE NOT type(r) IN ['HAS_PHONE', 'HAS_EMAIL', 'HAS_ADDRESS', 'IN_GROUP', 'TAGGED', 'HAD',
                        'REFERRED_BY', 'FORMERLY_REFERRED_BY'] AND other <> s
  CREATE (s)-[moved:$(type(r))]->(other)
  SET moved = properties(r)
}
CALL (s, d) {
  MATCH (other)-[r]->(d)
  WHERE NOT type(r) IN ['REFERRED_BY', 'FORMERLY_REFERRED_BY'] AND other <> s
    AND NOT (type(r) = 'OWNS' AND EXISTS { (:Agent)-[:OWNS]->(s) })
  CREATE (other)-[moved:$(type(r))]->(s)
  SET moved = properties(r)
}
CALL (d) {
  MATCH (d)-[:HAS_ADDRESS]->(a:PostalAddress)
  DETACH DELETE a
}
// What the duplicate was counted under in the touch and book counts (see facts/ContactRemoved).
WITH s, d, d.countedOn AS countedOn, d.countedScoring AS countedScoring, d.countedBook AS countedBook,
     COLLECT { MATCH (d)-[:HAS_PHONE|HAS_EMAIL]->(n) RETURN n } AS identities
// The duplicate's e-mails are the survivor's, and so is its engagement with them (mail/record-engagement).
CALL (s, d) {
  MATCH (m:OutboxMessage {contactId: d.id})
  SET m.contactId = s.id
}
SET s.emailOpens = CASE WHEN d.emailOpens IS NULL THEN s.emailOpens
                        ELSE COLLECT { UNWIND coalesce(s.emailOpens, []) + d.emailOpens AS t RETURN t ORDER BY t DESC LIMIT 100 } END,
    s.emailClicks = CASE WHEN d.emailClicks IS NULL THEN s.emailClicks
                         ELSE COLLECT { UNWIND coalesce(s.emailClicks, []) + d.emailClicks AS t RETURN t ORDER BY t DESC LIMIT 100 } END
DETACH DELETE d
WITH s, countedOn, countedScoring, countedBook, identities
SET s.lastContactedAt = COLLECT { MATCH (s)-[:HAD]->(i) RETURN max(i.occurredAt) }[0]
WITH s, countedOn, countedScoring, countedBook, identities
CALL (identities) {
  UNWIND identities AS n
  WITH n WHERE NOT EXISTS { (n)--() }
  DELETE n
}
RETURN elementId(s) AS survivor,
       {countedOn: countedOn, countedScoring: countedScoring, countedBook: countedBook} AS removed
