// Activity counters for the agent activity report (see queries/facts/count-activity.cypher): one
// ActivityCount per week, agent and touch kind or completed tasks, and per day and assignee for tasks
// not done by their due day. Forgetting the day counters' zone makes the service queue a facts
// rebuild at its next start, which counts the activity already stored (facts/CountedZone).
CREATE CONSTRAINT activity_count_key IF NOT EXISTS FOR (x:ActivityCount) REQUIRE x.key IS UNIQUE;
CREATE INDEX activity_count_on IF NOT EXISTS FOR (x:ActivityCount) ON (x.on);
MATCH (s:FactsState {id: 'day-counters'}) SET s.zone = null;
