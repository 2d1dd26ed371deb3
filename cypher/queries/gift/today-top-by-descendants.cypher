// Recipients with the most descendants, best first: one of the two orders today's gift plan reads
// until no contact further down can outscore the recipients it ranks (see TodayPlans). Only the
// eligible: in the benchmark's data the biggest trees belong to the oldest clients, long out of
// touch, and bounds taken from them made the plan read 65,536 candidates per index at 1M.
MATCH (c:Contact)
USING INDEX c:Contact(descendants)
WHERE c.descendants > 0 AND c.erasedAt IS NULL AND c.archivedAt IS NULL
  AND ($includeInactive OR c.lastTouchOn >= $cutoff)
// @include gift/_today-candidate
ORDER BY c.descendants DESC
SKIP $skip
LIMIT $limit
