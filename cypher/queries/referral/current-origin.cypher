MATCH (c:Contact {id: $contactId})-[r:REFERRED_BY]->(p)
RETURN r {.*} AS referral, p.id AS referrerId
