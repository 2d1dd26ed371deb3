CREATE (j:EnrollmentJob {id: $id, planId: $planId, filter: $filter, startOn: $startOn, status: 'QUEUED',
                         fallbackAssigneeId: $fallbackAssigneeId, createdBy: $by, createdAt: datetime(),
                         processed: 0, enrolled: 0, skipped: 0, checkpoint: ''})
RETURN j {.*} AS job
