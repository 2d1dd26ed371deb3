MATCH (k:Campaign {id: $id})
RETURN k {.*} AS campaign
