CREATE (a:Agent {id: $id, createdAt: datetime(), version: 1, active: true})
SET a += $props
RETURN a {.*} AS agent
