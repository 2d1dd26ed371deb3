CREATE (c:Contact {id: $id, createdAt: $now, createdKey: $createdKey, contactedKey: $contactedKey, version: 0})
