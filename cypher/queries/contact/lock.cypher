// Takes the contact's write lock before its version is read, so that two writers holding the same
// expectedVersion cannot both pass the check (Neo4j reads committed data; the lock orders them).
MATCH (c:Contact {id: $id})
SET c.lockedBy = $txId
RETURN c.version AS version, c.erasedAt IS NOT NULL AS erased
