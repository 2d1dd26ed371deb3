MATCH (e:Enrollment {id: $id})
SET e.lockedBy = $txId
REMOVE e.lockedBy
RETURN e {.*} AS enrollment
