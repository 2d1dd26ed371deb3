// The chain of origins of each contact, nearest first, in one query for a whole list.
UNWIND $contactIds AS contactId
MATCH (c:Contact {id: contactId})
OPTIONAL MATCH path = (c)-[:REFERRED_BY]->{1,50}(top)
  WHERE NOT EXISTS { (top)-[:REFERRED_BY]->() }
RETURN contactId, CASE WHEN path IS NULL THEN [] ELSE [n IN tail(nodes(path)) | n.id] END AS ancestors
