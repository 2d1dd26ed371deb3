// Only the first start of an empty store creates the bootstrap token, even with several
// instances starting at once: the uniqueness constraint on :__Bootstrap(id) lets one MERGE win.
MERGE (b:__Bootstrap {id: 'admin-token'})
ON CREATE SET b.claimedAt = datetime(), b.claimedBy = $owner
WITH b
WHERE b.claimedBy = $owner AND NOT EXISTS { MATCH (:ApiToken) }
RETURN true AS claimed
