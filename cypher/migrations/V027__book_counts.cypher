// Weekly and current counters of the book for database growth (see queries/facts/count-book.cypher):
// one BookCount per week, owner, event and source, and per owner and state. The day counters' zone
// state is renamed for what it covers now; without it the service queues a facts rebuild at its
// next start, which counts the book of the contacts already stored (facts/CountedZone).
CREATE CONSTRAINT book_count_key IF NOT EXISTS FOR (x:BookCount) REQUIRE x.key IS UNIQUE;
CREATE INDEX book_count_week IF NOT EXISTS FOR (x:BookCount) ON (x.week);
MATCH (s:FactsState {id: 'deal-days'}) DETACH DELETE s;
