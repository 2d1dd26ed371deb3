// A page of the outbox, newest first, after the cursor's (createdAt, id).
// @include mail/_outbox-filter
  AND ($beforeCreated IS NULL OR m.createdAt < $beforeCreated
       OR (m.createdAt = $beforeCreated AND m.id < $beforeId))
RETURN
// @include mail/_message
  AS message
ORDER BY m.createdAt DESC, m.id DESC
LIMIT $limit
