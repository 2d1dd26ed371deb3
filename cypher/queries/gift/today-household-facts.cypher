// What today's gift plan knows of household members before scoring their households: the subtree
// value (with descendants, a bound on what a household can score) and how many contacts each
// referred directly (a household scores when one of those is outside it).
UNWIND $ids AS id
MATCH (c:Contact {id: id})
RETURN c.id AS id, coalesce(c.subtreeValueMinor, 0) AS valueMinor, coalesce(c.levelCounts[0], 0) AS children
