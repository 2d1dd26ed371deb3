// Recipients with the most descendants, best first: one of the two orders today's gift plan reads
// until no contact further down can outscore the recipients it ranks (see TodayPlans). Only the
// eligible: in the benchmark's data the biggest trees belong to the oldest clients, long out of
// touch, and bounds taken from them made the plan read 65,536 candidates per index at 1M.
MATCH (c:Contact)
USING INDEX c:Contact(descendants, lastTouchOn)
WHERE c.descendants > 0 AND c.lastTouchOn >= $touchedSince
  AND c.erasedAt IS NULL AND c.archivedAt IS NULL
// $touchedSince is the plan's cutoff, or 0001-01-01 when inactive clients count too.
// @include gift/_today-candidate
ORDER BY c.descendants DESC
SKIP $skip
LIMIT $limit
