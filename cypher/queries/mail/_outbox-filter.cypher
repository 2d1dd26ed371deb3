// The outbox messages of a filter as `m`, from the most selective index ($anchor).
CALL () {
  WITH 1 AS x WHERE $anchor = 'contact'
  MATCH (m:OutboxMessage {contactId: $contactId})
  RETURN m
  UNION
  WITH 1 AS x WHERE $anchor = 'campaign'
  MATCH (m:OutboxMessage {campaignId: $campaignId})
  RETURN m
  UNION
  WITH 1 AS x WHERE $anchor = 'status'
  MATCH (m:OutboxMessage {status: $status})
  RETURN m
  UNION
  WITH 1 AS x WHERE $anchor = 'all'
  MATCH (m:OutboxMessage) WHERE m.createdAt IS NOT NULL
  RETURN m
}
WITH m
WHERE ($status IS NULL OR m.status = $status)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($contactId IS NULL OR m.contactId = $contactId)
  AND ($campaignId IS NULL OR m.campaignId = $campaignId)
