// The contact search index is brought up to date after each commit, in the background, instead of
// inside every commit. Refreshing its Lucene searcher at commit was a fifth of the database's work
// under the load benchmark's updates (the searchText of a contact changes with its name, nickname,
// company, e-mails and phones). Searches keep seeing every write committed before they start: they
// first wait for the background refresh (com.rootline.contact.SearchIndex).
DROP INDEX contact_search IF EXISTS;
CREATE FULLTEXT INDEX contact_search IF NOT EXISTS FOR (c:Contact) ON EACH [c.searchText]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
// An index being rebuilt cannot be searched: the migration ends when it can.
CALL db.awaitIndex('contact_search', 3600);
