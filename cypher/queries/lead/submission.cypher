// A submission's idempotency key (per site), kept a day: true the first time, false for a repeat.
// MERGE on the unique key takes its lock, so two identical posts at once record it once.
MERGE (s:LeadSubmission {key: $key})
ON CREATE SET s.createdAt = datetime(), s.expiresAt = datetime() + duration('P1D'), s.fresh = true
ON MATCH SET s.fresh = false
RETURN s.fresh AS fresh
