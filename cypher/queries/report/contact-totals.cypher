// The book as it is now, for one owner or the brokerage, from the book counters (facts/count-book.cypher).
MATCH (x:BookCount)
WHERE x.key STARTS WITH 'NOW|' AND ($agentId IS NULL OR x.ownerId = $agentId)
RETURN sum(CASE x.what WHEN 'ACTIVE' THEN x.n ELSE 0 END) AS active,
       sum(CASE x.what WHEN 'INACTIVE' THEN x.n ELSE 0 END) AS inactive,
       sum(CASE x.what WHEN 'ARCHIVED' THEN x.n ELSE 0 END) AS archived,
       sum(CASE x.what WHEN 'ERASED' THEN x.n ELSE 0 END) AS erased
