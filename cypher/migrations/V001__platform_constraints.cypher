// Platform: API tokens and the one-time bootstrap claim.
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
CREATE CONSTRAINT bootstrap_id IF NOT EXISTS FOR (b:__Bootstrap) REQUIRE b.id IS UNIQUE;
// rootline:enterprise-only
CREATE CONSTRAINT api_token_hash_exists IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS NOT NULL;
