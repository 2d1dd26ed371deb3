// The current origin of each contact, for Contact.referredBy / Contact.referral on a list.
UNWIND $contactIds AS contactId
MATCH (:Contact {id: contactId})-[r:REFERRED_BY]->(p)
RETURN contactId, r {.*} AS referral, p.id AS referrerId
