// The recorded possible duplicates of each contact, in either direction, oldest first.
UNWIND $ids AS id
MATCH (:Contact {id: id})-[d:POSSIBLE_DUPLICATE]-(o:Contact)
WHERE o.erasedAt IS NULL
RETURN id, o.id AS otherId, d.reason AS reason, d.recordedAt AS recordedAt
ORDER BY recordedAt, otherId
