// One page of deals read from the filter's anchor (see _matching); only the page is kept.
// @include deal/_matching
WITH d WHERE d.createdKey > $after
RETURN d.id AS id, d.createdKey AS k
ORDER BY k
LIMIT $limit
