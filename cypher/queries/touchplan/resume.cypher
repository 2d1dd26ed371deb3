// Steps held during the pause move by its length; done steps keep their day.
MATCH (e:Enrollment {id: $id})
SET e.status = 'ACTIVE', e.pausedOn = null, e.shiftDays = e.shiftDays + $shift
WITH e
MATCH (t:Task {enrollmentId: e.id}) WHERE t.status = 'ON_HOLD'
SET t.status = 'OPEN', t.dueOn = t.dueOn + duration({days: $shift}), t.version = t.version + 1
RETURN count(t) AS resumed
