// Contacts with the most closed-deal revenue below them, best first: the other order today's gift
// plan reads (see today-top-by-descendants.cypher).
MATCH (c:Contact)
WHERE c.subtreeValueMinor > 0
// @include gift/_today-candidate
ORDER BY c.subtreeValueMinor DESC
SKIP $skip
LIMIT $limit
