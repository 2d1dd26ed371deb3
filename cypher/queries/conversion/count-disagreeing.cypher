// How many contacts a filter matches (given with levelDisagrees: true): those acceptSuggestedLevels
// would change.
// @include contact/_matching
RETURN count(c) AS total
