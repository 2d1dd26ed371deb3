// One page of a contact's interaction log, newest first, keyset-paginated on (occurredAt, id).
MATCH (i:Interaction {contactId: $contactId})
WHERE $afterTime IS NULL OR i.occurredAt < $afterTime OR (i.occurredAt = $afterTime AND i.id < $afterId)
RETURN i {.*} AS interaction
ORDER BY i.occurredAt DESC, i.id DESC
LIMIT $limit
