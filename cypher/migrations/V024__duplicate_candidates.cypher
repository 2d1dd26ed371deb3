// Duplicate candidates are listed by one indexed sort key (highest score first); scan jobs are
// queued once per id and read newest first.
CREATE INDEX duplicate_candidate_sort IF NOT EXISTS FOR ()-[d:DUPLICATE_CANDIDATE]-() ON (d.sortKey);
CREATE CONSTRAINT duplicate_scan_job_id IF NOT EXISTS FOR (j:DuplicateScanJob) REQUIRE j.id IS UNIQUE;
CREATE INDEX duplicate_scan_job_created IF NOT EXISTS FOR (j:DuplicateScanJob) ON (j.createdAt);
