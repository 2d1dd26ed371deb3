UNWIND $contactIds AS contactId
MATCH (:Contact {id: contactId})-[r:REFERRED_BY|FORMERLY_REFERRED_BY]->(p)
RETURN contactId, r {.*} AS referral, p.id AS referrerId
ORDER BY r.validFrom DESC, r.recordedAt DESC
