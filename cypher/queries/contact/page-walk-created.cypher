// One page of contacts in the order of createdKey, read by walking the contact_created_key index from the cursor:
// at most $budget entries are read, and the walk stops as soon as $limit of them pass the filter.
// No row is collected, so memory is bounded by the page (issue: lists that cost a page).
MATCH (c:Contact)
WHERE c.createdKey > $after
WITH c ORDER BY c.createdKey LIMIT $budget
WITH c
WHERE
// @include contact/_filters
RETURN c.id AS id, c.createdKey AS k
ORDER BY k
LIMIT $limit
