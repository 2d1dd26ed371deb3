CREATE (t:ApiToken {id: $id, name: $name, hash: $hash, roles: $roles, agentId: $agentId,
                    createdAt: datetime(), createdBy: $createdBy})
RETURN t {.*} AS token
