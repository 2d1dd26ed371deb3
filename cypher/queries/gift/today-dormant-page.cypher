// A page of the contacts out of touch since the cutoff (and neither erased nor archived), by id:
// read in the order of the id index, so a page costs its own rows, not a sort of all of them.
MATCH (c:Contact)
USING INDEX c:Contact(id)
WHERE c.id > '' AND c.lastTouchOn < $cutoff AND c.erasedAt IS NULL AND c.archivedAt IS NULL
RETURN c.id AS id
ORDER BY c.id
SKIP $skip
LIMIT $limit
