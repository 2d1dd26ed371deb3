// One page of the export in id order; erased contacts have nothing left to export.
MATCH (c:Contact)
WHERE c.erasedAt IS NULL AND ($after IS NULL OR c.id > $after)
RETURN c.id AS id
ORDER BY c.id
LIMIT $limit
