// The next contacts of a scan, in id order after the checkpoint (an ordered scan of the id index).
MATCH (c:Contact)
WHERE c.id > $after
RETURN c.id AS id
ORDER BY c.id
LIMIT $limit
