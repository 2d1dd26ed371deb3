// The segment's size, who of it may receive the campaign, and the first of those in id order.
// @include contact/_matching
WITH c, (
// @include campaign/_sendable
) AS sendable
ORDER BY c.id
RETURN count(c) AS segment, count(CASE WHEN sendable THEN 1 END) AS recipients,
       collect(CASE WHEN sendable THEN c.id END)[0..$first] AS firstIds
