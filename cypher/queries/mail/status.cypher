// What waits in the outbox, for mailStatus and the health endpoint. The oldest is read in the
// order of the (status, nextAttemptAt) index: the message waiting longest to be tried.
RETURN COUNT { MATCH (m:OutboxMessage {status: 'QUEUED'}) } AS queued,
       COUNT { MATCH (m:OutboxMessage {status: 'FAILED'}) } AS failed,
       COLLECT { MATCH (m:OutboxMessage {status: 'QUEUED'}) WHERE m.nextAttemptAt IS NOT NULL
                 RETURN m.createdAt ORDER BY m.nextAttemptAt LIMIT 1 }[0] AS oldestQueuedAt
