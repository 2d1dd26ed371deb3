// New messages, due now (a draft waits for sendDraft, which makes it due), in the order given.
UNWIND $rows AS row
CREATE (m:OutboxMessage {id: row.id})
SET m += row.props, m.attempts = 0, m.createdAt = datetime(), m.nextAttemptAt = datetime()
RETURN m {.*} AS message
