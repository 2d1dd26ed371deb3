// The next deals in id order after $after, for counting every deal again.
MATCH (d:Deal)
WHERE d.id > $after
RETURN d.id AS id
ORDER BY d.id
LIMIT $limit
