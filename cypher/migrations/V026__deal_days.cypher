// Per-day deal counters for seasonality (see queries/facts/count-deal-days.cypher): one DealDay per
// day, agent and kind, read by day. They are counted from every deal by a facts rebuild, which the
// service queues at start-up while they were never counted in its zone (facts/DealDays).
CREATE CONSTRAINT deal_day_key IF NOT EXISTS FOR (x:DealDay) REQUIRE x.key IS UNIQUE;
CREATE INDEX deal_day_on IF NOT EXISTS FOR (x:DealDay) ON (x.on);
CREATE CONSTRAINT facts_state_id IF NOT EXISTS FOR (s:FactsState) REQUIRE s.id IS UNIQUE;
