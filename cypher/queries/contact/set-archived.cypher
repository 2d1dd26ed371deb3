MATCH (c:Contact {id: $id})
WHERE c.erasedAt IS NULL
SET c.archivedAt = CASE WHEN $archived THEN coalesce(c.archivedAt, $now) ELSE null END,
    c.updatedAt = $now, c.version = c.version + 1
// The label lets the list count archived contacts from the count store (count-listed).
FOREACH (x IN CASE WHEN $archived THEN [1] ELSE [] END | SET c:Archived)
FOREACH (x IN CASE WHEN $archived THEN [] ELSE [1] END | REMOVE c:Archived)
RETURN c.id AS id
