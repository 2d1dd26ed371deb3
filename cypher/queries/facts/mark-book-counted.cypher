// What each contact counts for in the book counters (see _book-keys.cypher), before they are
// counted again from these keys (recount-book.cypher).
MATCH (c:Contact)
CALL (c) {
  // @include facts/_book-keys
  SET c.countedBook = book
} IN TRANSACTIONS OF 5000 ROWS
