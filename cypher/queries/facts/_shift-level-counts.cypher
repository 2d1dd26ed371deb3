// The level-counter shift of one contact's subtree (see shift-level-counts.cypher), for a query
// that has bound the contact as c: sets the counters of its ancestors and returns, aggregated,
// the ancestors whose subtree values change and the contacts whose descendants flipped.
// A subtree with no closed deal (a new contact, most often) changes no ancestor's subtree value.
WITH c, NOT $onlyCarryingDeals OR c.subtreeValueMinor IS NOT NULL
        OR EXISTS { (c)-[:PARTY_TO]->(d:Deal) WHERE d.stage = 'CLOSED' } AS valuesChange
MATCH (c) ((lower)-[:REFERRED_BY]->()){1,20} (a)
WITH valuesChange, a, size(lower) AS k, [1] + coalesce(c.levelCounts, []) AS profile
WITH valuesChange, a, [i IN range(0, 19) |
  coalesce(a.levelCounts[i], 0) + $sign * CASE WHEN i + 1 - k >= 0 THEN coalesce(profile[i + 1 - k], 0) ELSE 0 END] AS counts
WITH valuesChange, a, counts, coalesce(a.descendants, 0) > 0 AS referredBefore
// descendants (their sum) is indexed: the all-time leaderboard reads the top of that index.
SET a.levelCounts = counts, a.descendants = reduce(s = 0, x IN counts | s + x)
// The ancestors whose subtree values the move changes, by element id: a later update that looked
// parties up by id would take index-entry locks (see refresh-subtree-values.cypher). And the contacts that gained
// their first descendant or lost their last, for the touch counts (see facts/TouchDays).
RETURN collect(CASE WHEN valuesChange THEN elementId(a) END) AS ancestors,
       collect(CASE WHEN a:Contact AND referredBefore <> (a.descendants > 0) THEN elementId(a) END) AS flipped
