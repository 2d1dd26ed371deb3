MATCH (e:Enrollment {id: $id})
SET e.status = 'PAUSED', e.pausedOn = $on
WITH e
MATCH (t:Task {enrollmentId: e.id}) WHERE t.status = 'OPEN'
SET t.status = 'ON_HOLD', t.version = t.version + 1
RETURN count(t) AS held
