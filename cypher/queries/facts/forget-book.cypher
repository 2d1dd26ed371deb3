// The book counters, removed before they are counted again (mark-book-counted, recount-book).
MATCH (x:BookCount)
CALL (x) {
  DETACH DELETE x
} IN TRANSACTIONS OF 10000 ROWS
