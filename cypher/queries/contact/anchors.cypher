// What refers to this contact besides its own details: referrals, deals, interactions, ownership.
MATCH (c:Contact {id: $id})
RETURN COLLECT {
  MATCH (c)-[r]-()
  WHERE NOT type(r) IN ['HAS_PHONE', 'HAS_EMAIL', 'HAS_ADDRESS', 'IN_GROUP', 'TAGGED']
  RETURN DISTINCT type(r) AS kind ORDER BY kind
} AS anchors
