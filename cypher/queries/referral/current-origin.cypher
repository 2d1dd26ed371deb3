MATCH (c:Contact {id: $contactId})-[r:REFERRED_BY]->(p)
RETURN p.id AS referrerId, r.validFrom AS validFrom
