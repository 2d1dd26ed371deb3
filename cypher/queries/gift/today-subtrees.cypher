// The contacts up to $levels levels below some contacts today, each with its referrer, for scoring
// their households exactly: each level is a range scan of the tree-key index (see
// facts/refresh-tree-facts.cypher for the keys), and the referrer is the key's last but one step.
UNWIND $ids AS id
MATCH (m:Contact {id: id})
WITH m, coalesce(m.treeKey, '00' + m.id) AS own
UNWIND range(1, $levels) AS level
WITH right('0' + toString(toInteger(left(own, 2)) + level), 2) + substring(own, 2) AS stem
MATCH (x:Contact)
WHERE x.treeKey > stem + '/' AND x.treeKey < stem + '0'
WITH DISTINCT x, split(x.treeKey, '/') AS steps
RETURN x.id AS id,
       CASE size(steps) WHEN 2 THEN substring(steps[0], 2) ELSE split(steps[size(steps) - 2], '|')[1] END AS parentId
