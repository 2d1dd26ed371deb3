// Scoring jobs are queued once per id (a scheduled one is named for its period) and read newest first;
// the contacts filter levelDisagrees reads the LevelDisagrees label, which the writers keep.
CREATE CONSTRAINT conversion_scoring_job_id IF NOT EXISTS FOR (j:ConversionScoringJob) REQUIRE j.id IS UNIQUE;
CREATE INDEX conversion_scoring_job_created IF NOT EXISTS FOR (j:ConversionScoringJob) ON (j.createdAt);
