// Contacts with the most descendants, best first: one of the two orders today's gift plan reads
// until no contact further down can outscore the recipients it ranks (see TodayPlans).
MATCH (c:Contact)
WHERE c.descendants > 0
// @include gift/_today-candidate
ORDER BY c.descendants DESC
SKIP $skip
LIMIT $limit
