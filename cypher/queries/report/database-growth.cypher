// Contacts added (by source), archived and erased per week (Mondays in $zone) of [$from, $to], for
// one owner's book or the brokerage's, from the book counters the contact writers keep
// (facts/count-book.cypher); database-growth-scan.cypher reads the contacts themselves.
MATCH (x:BookCount)
USING INDEX x:BookCount(week)
WHERE x.week >= $from AND x.week <= $to AND ($agentId IS NULL OR x.ownerId = $agentId) AND x.n <> 0
RETURN toString(x.week) AS week, x.what AS event, x.source AS source, sum(x.n) AS n
