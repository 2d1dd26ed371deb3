MATCH (c:Contact {id: $id})
WHERE c.erasedAt IS NULL
SET c.doNotContactAt = CASE WHEN $doNotContact THEN coalesce(c.doNotContactAt, $now) ELSE null END,
    c.updatedAt = $now, c.version = c.version + 1
RETURN c.id AS id
