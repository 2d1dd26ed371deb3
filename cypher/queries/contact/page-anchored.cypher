// One page of contacts read from the filter's most selective anchor (see _matching): the anchor's
// rows are read, but only the page is kept (ORDER BY … LIMIT keeps the smallest $limit keys).
// @include contact/_matching
WITH c, CASE $order WHEN 'NAME' THEN c.nameKey WHEN 'CREATED_AT' THEN c.createdKey ELSE c.contactedKey END AS k
WHERE k > $after
RETURN c.id AS id, k
ORDER BY k
LIMIT $limit
