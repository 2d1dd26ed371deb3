// Eligible recipients with the most closed-deal revenue below them, best first: the other order
// today's gift plan reads (see today-top-by-descendants.cypher).
MATCH (c:Contact)
USING INDEX c:Contact(subtreeValueMinor)
WHERE c.subtreeValueMinor > 0 AND c.erasedAt IS NULL AND c.archivedAt IS NULL
  AND ($includeInactive OR c.lastTouchOn >= $cutoff)
// @include gift/_today-candidate
ORDER BY c.subtreeValueMinor DESC
SKIP $skip
LIMIT $limit
