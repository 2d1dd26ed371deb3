// The outbox message `m` as OutboxMessage reads it, in its parts (an expression, after RETURN);
// counters a message has not used yet read as 0.
m {.id, .messageId, .kind, .status,
   envelope: {toAddress: m.toAddress, toName: m.toName, fromName: m.fromName, replyTo: m.replyTo},
   content: {subject: m.subject, text: m.text, html: m.html},
   about: {contactId: m.contactId, agentId: m.agentId, campaignId: m.campaignId, dealId: m.dealId},
   delivery: {attempts: coalesce(m.attempts, 0), lastError: m.lastError, createdAt: m.createdAt,
              nextAttemptAt: m.nextAttemptAt, sentAt: m.sentAt, createdBy: m.createdBy},
   engagement: {tracked: m.trackingToken IS NOT NULL, openedAt: m.openedAt, opens: coalesce(m.opens, 0),
                clickedAt: m.clickedAt, clicks: coalesce(m.clicks, 0)}}
