// Import jobs: rows are matched by external id and, for files without any key, by a fingerprint of
// the source row, so that a re-run of the same file creates nothing twice.
CREATE INDEX contact_external_id IF NOT EXISTS FOR (c:Contact) ON (c.externalId);
CREATE INDEX contact_import_key IF NOT EXISTS FOR (c:Contact) ON (c.importKey);
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (j:ImportJob) REQUIRE j.id IS UNIQUE;
CREATE INDEX import_job_status IF NOT EXISTS FOR (j:ImportJob) ON (j.status);
