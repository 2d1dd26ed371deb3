MATCH (j:EnrollmentJob {id: $id})
RETURN j {.*} AS job
