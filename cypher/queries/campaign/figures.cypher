// A campaign's figures, counted from its recipients and its outbox messages.
UNWIND $ids AS id
MATCH (k:Campaign {id: id})
RETURN id, {
  recipients: coalesce(k.recipientCount, 0),
  queued: COUNT { MATCH (r:CampaignRecipient {campaignId: id, status: 'QUEUED'}) },
  sent: COUNT { MATCH (m:OutboxMessage {campaignId: id}) WHERE m.status = 'SENT' },
  failed: COUNT { MATCH (m:OutboxMessage {campaignId: id}) WHERE m.status = 'FAILED' },
  suppressed: COUNT { MATCH (m:OutboxMessage {campaignId: id}) WHERE m.status = 'SUPPRESSED' },
  opened: COUNT { MATCH (m:OutboxMessage {campaignId: id}) WHERE m.openedAt IS NOT NULL },
  clicked: COUNT { MATCH (m:OutboxMessage {campaignId: id}) WHERE m.clickedAt IS NOT NULL },
  unsubscribed: COUNT { MATCH (r:CampaignRecipient {campaignId: id}) MATCH (c:Contact {id: r.contactId})
                        WHERE c.emailOptOutAt >= k.startedAt }
} AS figures
