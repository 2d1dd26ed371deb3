// The live token with this hash, for authenticating a request; stale says lastUsedAt needs a touch.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t.id AS id, t.name AS name, t.roles AS roles, t.agentId AS agentId,
       t.lastUsedAt IS NULL OR t.lastUsedAt < datetime() - duration('PT1M') AS stale
