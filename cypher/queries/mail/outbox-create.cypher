// A new message, due now (a draft waits for sendDraft, which makes it due).
CREATE (m:OutboxMessage {id: $id})
SET m += $props, m.attempts = 0, m.createdAt = datetime(), m.nextAttemptAt = datetime()
RETURN m {.*} AS message
