// Newest first, after the cursor's (createdAt, id).
MATCH (k:Campaign)
WHERE $beforeCreated IS NULL OR k.createdAt < $beforeCreated OR (k.createdAt = $beforeCreated AND k.id < $beforeId)
RETURN k {.*} AS campaign
ORDER BY k.createdAt DESC, k.id DESC
LIMIT $limit
