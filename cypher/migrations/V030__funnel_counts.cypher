// Funnel counters (see queries/facts/count-funnel.cypher): one FunnelCount per creation day, agent,
// outlet at the top of the client's tree, kind of origin, stage reached and days from the stage
// before. Forgetting the counters' zone makes the service queue a facts rebuild at its next start,
// which counts the deals already stored (facts/CountedZone); the report reads the deals until then.
CREATE CONSTRAINT funnel_count_key IF NOT EXISTS FOR (x:FunnelCount) REQUIRE x.key IS UNIQUE;
CREATE INDEX funnel_count_on IF NOT EXISTS FOR (x:FunnelCount) ON (x.on);
MATCH (s:FactsState {id: 'day-counters'}) SET s.zone = null;
