// Takes the contact's write lock before its version is read, so that two writers holding the same
// expectedVersion cannot both pass the check (Neo4j reads committed data; the lock orders them).
// Returns the contact as it stands under the lock: the state an edit applies to.
MATCH (c:Contact {id: $id})
SET c.lockedBy = $txId
// @include contact/_return-record
