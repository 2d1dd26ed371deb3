// Takes the task's write lock (held until commit) before its state is read, so that two completions
// of one task queue and the second sees DONE; the marker property is removed again at once.
MATCH (t:Task {id: $id})
SET t.lockedBy = $txId
REMOVE t.lockedBy
RETURN t {.*} AS task
