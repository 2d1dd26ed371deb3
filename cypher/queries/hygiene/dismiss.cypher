// Two contacts are not the same person, for good: their candidate pair goes, and a NOT_DUPLICATE
// relationship keeps every later scan from pairing them again. Null when either contact is missing.
MATCH (a:Contact {id: $contactId}), (b:Contact {id: $otherId})
OPTIONAL MATCH (a)-[d:DUPLICATE_CANDIDATE]-(b)
DELETE d
MERGE (a)-[n:NOT_DUPLICATE]-(b)
  ON CREATE SET n.by = $by, n.at = $now
RETURN a.id AS id
