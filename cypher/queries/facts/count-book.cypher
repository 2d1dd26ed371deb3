// Keeps the book counters (BookCount: contacts added per week, owner and source, archived and erased
// per week and owner, and the book now per owner and state; database growth reads them) true for the
// contacts written in this transaction ($ids, $elementIds) and the ones it deleted ($removed: the keys
// they were counted under). Each contact remembers its keys (countedBook) and is uncounted from them
// and counted as it is now. Runs last in the writer's transaction; counters are locked in key order.
CALL () {
  // @include facts/_changed-contacts
  // @include facts/_book-keys
  WITH c, coalesce(c.countedBook, []) AS was, book
  WHERE was <> book
  SET c.countedBook = book
  WITH was, book
  UNWIND [k IN was | [k, -1]] + [k IN book | [k, 1]] AS shift
  RETURN shift
  UNION ALL
  UNWIND $removed AS k
  RETURN [k, -1] AS shift
}
WITH shift[0] AS key, sum(shift[1]) AS delta
WHERE delta <> 0
WITH key, delta, split(key, '|') AS part
ORDER BY key
MERGE (x:BookCount {key: key})
  ON CREATE SET x.week = CASE WHEN part[1] = '' THEN null ELSE date(part[1]) END, x.ownerId = part[2],
                x.what = part[3], x.source = part[4], x.n = 0
SET x.n = x.n + delta
RETURN count(x) AS counters
