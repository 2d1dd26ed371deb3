// Open and held steps go, done steps stay; without its key the contact may be enrolled again later.
MATCH (e:Enrollment {id: $id})
SET e.status = 'CANCELLED', e.key = null, e.cancelledAt = datetime()
WITH e
OPTIONAL MATCH (t:Task {enrollmentId: e.id}) WHERE t.status <> 'DONE'
// What the removed steps were counted as in the activity counters (facts/ActivityRemoved).
WITH t, coalesce(t.countedActivity, []) AS counted
DETACH DELETE t
RETURN count(t) AS removed, reduce(keys = [], c IN collect(counted) | keys + c) AS countedActivity
