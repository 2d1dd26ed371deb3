// MERGE on the unique key: of two enrolments of one contact at once, the second waits for the
// first's lock and then finds its node, so a contact is never enrolled twice while enrolled.
UNWIND $rows AS row
MERGE (e:Enrollment {key: row.key})
ON CREATE SET e.id = row.id, e.planId = $planId, e.contactId = row.contactId, e.status = 'ACTIVE',
              e.startOn = $startOn, e.shiftDays = 0, e.stepCount = $stepCount, e.createdAt = datetime(),
              e.createdBy = $by, e.assigneeId = row.assigneeId
RETURN row.contactId AS contactId, e.id AS id, e.id = row.id AS created, e.assigneeId AS assigneeId
