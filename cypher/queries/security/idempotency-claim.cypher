// Claims (caller, key) for a request, or returns what an earlier request with the key left: its
// hash, its state (PENDING while it runs, DONE with the answer) and whether this call created it.
// An expired record is replaced. The uniqueness constraint serialises two claims of one key.
OPTIONAL MATCH (old:IdempotentRequest {scope: $scope})
WHERE old.expiresAt < datetime()
DETACH DELETE old
WITH count(*) AS cleared
MERGE (r:IdempotentRequest {scope: $scope})
  ON CREATE SET r.hash = $hash, r.state = 'PENDING', r.createdAt = datetime(),
                r.expiresAt = datetime() + duration({hours: 24}), r.claim = $claim
RETURN r.hash AS hash, r.state AS state, r.response AS response, r.claim = $claim AS claimed,
       r.createdAt < datetime() - duration({seconds: $staleSeconds}) AS stale
