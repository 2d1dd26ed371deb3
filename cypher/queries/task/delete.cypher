// Returns what the task was counted as in the activity counters (facts/ActivityRemoved).
MATCH (t:Task {id: $id})
WITH t, coalesce(t.countedActivity, []) AS countedActivity
DETACH DELETE t
RETURN countedActivity
