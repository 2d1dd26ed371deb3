// One page of the interaction log of each of several contacts, newest first, keyset-paginated on
// (occurredAt, id): one query for a whole list of contacts.
UNWIND $keys AS key
CALL (key) {
  MATCH (i:Interaction {contactId: key.contactId})
  WHERE key.afterTime IS NULL OR i.occurredAt < key.afterTime
     OR (i.occurredAt = key.afterTime AND i.id < key.afterId)
  RETURN i ORDER BY i.occurredAt DESC, i.id DESC LIMIT $limit
}
RETURN key.contactId AS contactId, key.after AS after, collect(i {.*}) AS page
