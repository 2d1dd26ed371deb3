// A campaign's figures, counted from its recipients and its outbox messages.
UNWIND $ids AS id
MATCH (k:Campaign {id: id})
RETURN id,
       coalesce(k.recipientCount, 0) AS recipients,
       COUNT { MATCH (r:CampaignRecipient {campaignId: id, status: 'QUEUED'}) } AS queued,
       COUNT { MATCH (m:OutboxMessage {campaignId: id}) WHERE m.status = 'SENT' } AS sent,
       COUNT { MATCH (m:OutboxMessage {campaignId: id}) WHERE m.status = 'FAILED' } AS failed,
       COUNT { MATCH (m:OutboxMessage {campaignId: id}) WHERE m.status = 'SUPPRESSED' } AS suppressed,
       COUNT { MATCH (m:OutboxMessage {campaignId: id}) WHERE m.openedAt IS NOT NULL } AS opened,
       COUNT { MATCH (m:OutboxMessage {campaignId: id}) WHERE m.clickedAt IS NOT NULL } AS clicked,
       COUNT { MATCH (r:CampaignRecipient {campaignId: id}) MATCH (c:Contact {id: r.contactId})
               WHERE c.emailOptOutAt >= k.startedAt } AS unsubscribed
