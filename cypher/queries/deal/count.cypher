// How many deals a filter matches, read from its anchor; only asked when a response selects totalCount.
// @include deal/_matching
RETURN count(d) AS total
