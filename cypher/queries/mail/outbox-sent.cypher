// Only the sender holding the lease marks a message sent. `logOnContact` says whether the
// interaction is logged: the recipient is a contact that is still there.
MATCH (m:OutboxMessage {id: $id})
WHERE m.status = 'SENDING' AND m.leaseOwner = $owner
SET m.status = 'SENT', m.sentAt = datetime(), m.leaseOwner = null, m.leaseUntil = null, m.lastError = null
RETURN m.contactId AS contactId, m.subject AS subject,
       EXISTS { MATCH (c:Contact {id: m.contactId}) WHERE NOT c:Erased } AS logOnContact
