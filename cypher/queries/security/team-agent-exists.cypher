// Tokens can act as team agents only.
RETURN EXISTS { MATCH (:Agent {id: $agentId, kind: 'TEAM'}) } AS exists
