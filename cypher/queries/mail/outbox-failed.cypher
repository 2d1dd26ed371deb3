// A failed attempt: back to the queue at $nextAttemptAt, or FAILED for good. A permanent refusal
// of the address marks the contact bounced, which no send overrides afterwards.
MATCH (m:OutboxMessage {id: $id})
WHERE m.status = 'SENDING' AND m.leaseOwner = $owner
SET m.status = $status, m.lastError = $error, m.nextAttemptAt = $nextAttemptAt, m.leaseOwner = null,
    m.leaseUntil = null
WITH m
OPTIONAL MATCH (c:Contact {id: m.contactId})
WHERE $bounced
SET c.emailBouncedAt = coalesce(c.emailBouncedAt, datetime())
