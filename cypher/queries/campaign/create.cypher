CREATE (k:Campaign {id: $id, status: 'DRAFT', createdAt: datetime()})
SET k += $props
RETURN k {.*} AS campaign
