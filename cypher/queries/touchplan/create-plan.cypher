CREATE (p:TouchPlan {id: $id})
SET p += $props, p.version = 1, p.createdAt = datetime()
RETURN p {.*} AS plan
