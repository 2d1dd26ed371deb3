// A submission's idempotency key (per site), kept a day: true the first time (or once the day has
// passed), false for a repeat. MERGE on the unique key takes its lock, so two identical posts at
// once record it once.
MERGE (s:LeadSubmission {key: $key})
ON CREATE SET s.createdAt = datetime(), s.fresh = true
ON MATCH SET s.fresh = s.expiresAt < datetime()
SET s.expiresAt = CASE WHEN s.fresh THEN datetime() + duration('P1D') ELSE s.expiresAt END
RETURN s.fresh AS fresh
