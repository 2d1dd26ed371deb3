// Rebuilds of the maintained graph facts (rebuildGraphFacts): one node per rebuild, and one lock
// node that makes queueing a rebuild see a rebuild being queued at the same moment.
CREATE CONSTRAINT facts_rebuild_id IF NOT EXISTS FOR (j:FactsRebuild) REQUIRE j.id IS UNIQUE;
CREATE CONSTRAINT facts_rebuild_lock_id IF NOT EXISTS FOR (l:FactsRebuildLock) REQUIRE l.id IS UNIQUE;
CREATE INDEX facts_rebuild_created IF NOT EXISTS FOR (j:FactsRebuild) ON (j.createdAt);
