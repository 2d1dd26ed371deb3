// Lists read only the page they return (com.rootline.contact.ContactSearch, com.rootline.deal.DealPages).
// The unfiltered contact list is counted from the count store: archived and erased contacts carry a
// label of their own (never both), kept by contact/set-archived and contact/erase.
MATCH (c:Contact)
WHERE c.erasedAt IS NOT NULL OR c.archivedAt IS NOT NULL
CALL (c) {
  FOREACH (x IN CASE WHEN c.erasedAt IS NOT NULL THEN [1] ELSE [] END | SET c:Erased REMOVE c:Archived)
  FOREACH (x IN CASE WHEN c.erasedAt IS NULL THEN [1] ELSE [] END | SET c:Archived)
} IN TRANSACTIONS OF 10000 ROWS;
// The deal list walks deals newest first in this index.
CREATE INDEX deal_created_key IF NOT EXISTS FOR (d:Deal) ON (d.createdKey);
CALL db.awaitIndex('deal_created_key', 3600);
