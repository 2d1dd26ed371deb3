MATCH (c:Contact {id: $id})
WHERE c.erasedAt IS NULL
SET c.archivedAt = CASE WHEN $archived THEN coalesce(c.archivedAt, $now) ELSE null END,
    c.updatedAt = $now, c.version = c.version + 1
RETURN c.id AS id
