// How many contacts a filter matches, read from its anchor; only asked when a response selects
// totalCount. The unfiltered list is counted from the count store instead (count-listed).
// @include contact/_matching
RETURN count(c) AS total
