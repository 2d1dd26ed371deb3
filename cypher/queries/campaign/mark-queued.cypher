// The recipients handed to the outbox, in the same transaction: each is queued exactly once.
UNWIND $rows AS row
MATCH (r:CampaignRecipient {key: $id + '|' + row.contactId})
SET r.status = 'QUEUED', r.messageId = row.messageId, r.queuedAt = datetime()
