// What enrolling decides from: whether each contact may be enrolled and who owns it.
UNWIND $contactIds AS contactId
OPTIONAL MATCH (c:Contact {id: contactId})
OPTIONAL MATCH (owner:Agent)-[:OWNS]->(c)
RETURN contactId, c IS NOT NULL AS found, c.erasedAt IS NOT NULL AS erased, c.archivedAt IS NOT NULL AS archived,
       c.doNotContactAt IS NOT NULL AS doNotContact, owner.id AS ownerId
