// The answer of a claimed request, kept for the retries of its key.
MATCH (r:IdempotentRequest {scope: $scope, claim: $claim})
SET r.state = 'DONE', r.response = $response, r.doneAt = datetime()
