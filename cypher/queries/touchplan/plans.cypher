MATCH (p:TouchPlan)
WHERE $ids IS NULL OR p.id IN $ids
RETURN p {.*} AS plan
ORDER BY p.name
