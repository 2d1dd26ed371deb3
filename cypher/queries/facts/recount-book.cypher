// The book counters counted from what each contact counts for (mark-book-counted.cypher): merged,
// since a writer may have counted a contact since forget-book.cypher.
MATCH (c:Contact)
UNWIND c.countedBook AS key
WITH key, count(*) AS n
WITH key, n, split(key, '|') AS part
MERGE (x:BookCount {key: key})
  ON CREATE SET x.week = CASE WHEN part[1] = '' THEN null ELSE date(part[1]) END, x.ownerId = part[2],
                x.what = part[3], x.source = part[4]
SET x.n = n
