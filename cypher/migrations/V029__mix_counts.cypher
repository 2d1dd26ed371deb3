// Business mix counters (see queries/facts/count-mix.cypher): one MixCount per closing day, agent,
// source, generation and media type, with the deals and their revenue. Forgetting the counters'
// zone makes the service queue a facts rebuild at its next start, which counts the deals already
// stored (facts/CountedZone); the report reads the deals until then.
CREATE CONSTRAINT mix_count_key IF NOT EXISTS FOR (x:MixCount) REQUIRE x.key IS UNIQUE;
CREATE INDEX mix_count_on IF NOT EXISTS FOR (x:MixCount) ON (x.on);
MATCH (s:FactsState {id: 'day-counters'}) SET s.zone = null;
