// The live token with this hash, for authenticating a request.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t.id AS id, t.name AS name, t.roles AS roles, t.agentId AS agentId, t.lastUsedAt AS lastUsedAt
