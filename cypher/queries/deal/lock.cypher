// Takes the deal's write lock before its version and stage are read (see contact/lock.cypher).
MATCH (d:Deal {id: $id})
SET d.lockedBy = $txId
RETURN d.version AS version, d.stage AS stage
