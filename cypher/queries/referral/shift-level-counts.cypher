// Level counters: every party keeps levelCounts, the number of its current descendants at levels
// 1..20 (index 0 = level 1), so today's descendant and per-level counts are one property read,
// and descendants, their sum.
// This adds ($sign = 1) or removes ($sign = -1) a contact's whole subtree from the counters of its
// current ancestors: a writer removes it before an origin changes and adds it after, under the tree
// locks (see TreeLocks), so the counters follow every move without recounting anything.
// The subtree's profile is the contact itself (level 0) then its own counters.
MATCH (c:Contact {id: $contactId})
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
// parties up by id would take index-entry locks (see SubtreeValues). And the contacts that gained
// their first descendant or lost their last, for the touch counts (see TouchDays).
RETURN collect(CASE WHEN valuesChange THEN elementId(a) END) AS ancestors,
       collect(CASE WHEN a:Contact AND referredBefore <> (a.descendants > 0) THEN elementId(a) END) AS flipped
