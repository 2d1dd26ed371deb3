// The chain from the would-be referrer up to the contact, if the contact is already above it.
MATCH path = (:Contact {id: $referrerId})-[:REFERRED_BY]->{1,50}(:Contact {id: $contactId})
RETURN [n IN nodes(path) | coalesce(n.displayName, n.id)] AS names
LIMIT 1
