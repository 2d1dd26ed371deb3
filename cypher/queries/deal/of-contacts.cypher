UNWIND $contactIds AS contactId
MATCH (:Contact {id: contactId})-[:PARTY_TO]->(d:Deal)
RETURN contactId, d.id AS dealId
ORDER BY d.createdKey
