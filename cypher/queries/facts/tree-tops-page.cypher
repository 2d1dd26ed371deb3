// The next contacts at the top of a referral chain among contacts (referred by nobody, an agent or
// an outlet), in id order after $after: a rebuild rewrites the tree facts below each of them.
MATCH (c:Contact)
WHERE c.id > $after AND NOT EXISTS { (c)-[:REFERRED_BY]->(:Contact) }
RETURN c.id AS id
ORDER BY c.id
LIMIT $limit
