// One page of contacts in the order of nameKey, read by walking the contact_name_key index from the cursor:
// at most $budget entries are read, and the walk stops as soon as $limit of them pass the filter.
// No row is collected, so memory is bounded by the page (issue: lists that cost a page).
MATCH (c:Contact)
WHERE c.nameKey > $after
WITH c ORDER BY c.nameKey LIMIT $budget
WITH c
WHERE
// @include contact/_filters
RETURN c.id AS id, c.nameKey AS k
ORDER BY k
LIMIT $limit
