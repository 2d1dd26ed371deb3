// A claimed request that wrote nothing (it timed out and rolled back, or failed) lets its key go,
// so that a retry runs it again.
MATCH (r:IdempotentRequest {scope: $scope, claim: $claim})
DETACH DELETE r
