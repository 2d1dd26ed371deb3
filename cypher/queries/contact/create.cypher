// New, empty contacts; `write` gives them their state in the same transaction.
UNWIND $rows AS row
CREATE (c:Contact {id: row.id, createdAt: $now, createdKey: row.createdKey, contactedKey: row.contactedKey, version: 0})
RETURN elementId(c) AS elementId
