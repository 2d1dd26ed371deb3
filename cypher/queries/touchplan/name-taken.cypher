MATCH (p:TouchPlan {name: $name})
WHERE p.id <> coalesce($id, '')
RETURN count(p) > 0 AS taken
