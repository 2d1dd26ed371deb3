// Direct referrals of several contacts, one page each, oldest referral first.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Contact {id: key.contactId})<-[r:REFERRED_BY]-(c:Contact)
  WITH c, toString(r.referredOn) + '|' + c.id AS k
  WHERE key.after IS NULL OR k > key.after
  RETURN c.id AS childId, k ORDER BY k LIMIT $limit
}
RETURN key.contactId AS contactId, key.after AS after, collect({id: childId, k: k}) AS page,
       COUNT { MATCH (:Contact {id: key.contactId})<-[:REFERRED_BY]-(:Contact) } AS total
