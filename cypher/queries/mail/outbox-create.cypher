// New messages, due now (a draft waits for sendDraft, which makes it due), in the order given.
UNWIND $rows AS row
CREATE (m:OutboxMessage {id: row.id, messageId: row.messageId, kind: row.kind, status: row.status,
                         toAddress: row.toAddress, toName: row.toName, fromName: row.fromName, replyTo: row.replyTo,
                         subject: row.subject, text: row.text, html: row.html, contactId: row.contactId,
                         agentId: row.agentId, campaignId: row.campaignId, dealId: row.dealId,
                         unsubscribeUrl: row.unsubscribeUrl, trackingToken: row.trackingToken, createdBy: row.createdBy,
                         attempts: 0, createdAt: datetime(), nextAttemptAt: datetime()})
RETURN
// @include mail/_message
  AS message
