// One page of deals, newest first, read by walking the deal_created_key index from the cursor: at
// most $budget entries are read, and the walk stops as soon as $limit of them pass the filter.
MATCH (d:Deal)
WHERE d.createdKey > $after
WITH d ORDER BY d.createdKey LIMIT $budget
WITH d
WHERE
// @include deal/_filters
RETURN d.id AS id, d.createdKey AS k
ORDER BY k
LIMIT $limit
