// A mutation sent with an Idempotency-Key is recorded under (caller, key) with a hash of the request
// and, once it has answered, the answer; a retry with the same key gets that answer instead of a
// second write (com.rootline.security.IdempotentMutations). Records expire after a day.
CREATE CONSTRAINT idempotent_request_scope IF NOT EXISTS FOR (r:IdempotentRequest) REQUIRE r.scope IS UNIQUE;
CREATE INDEX idempotent_request_expiry IF NOT EXISTS FOR (r:IdempotentRequest) ON (r.expiresAt);
