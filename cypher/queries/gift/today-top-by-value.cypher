// Eligible recipients with the most closed-deal revenue below them, best first: the other order
// today's gift plan reads (see today-top-by-descendants.cypher).
MATCH (c:Contact)
USING INDEX c:Contact(subtreeValueMinor, lastTouchOn)
WHERE c.subtreeValueMinor > 0 AND c.lastTouchOn >= $touchedSince
  AND c.erasedAt IS NULL AND c.archivedAt IS NULL
// $touchedSince is the plan's cutoff, or 0001-01-01 when inactive clients count too.
// @include gift/_today-candidate
ORDER BY c.subtreeValueMinor DESC
SKIP $skip
LIMIT $limit
