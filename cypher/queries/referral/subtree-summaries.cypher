// The size and business value of each of these contacts' current subtrees, for the nodes of a drawn
// tree: read from the facts the writers keep (levelCounts, see shift-level-counts.cypher, and
// subtreeValueMinor, see refresh-subtree-values.cypher), so a page of 100 nodes costs 100 lookups.
UNWIND $ids AS id
MATCH (n:Contact {id: id})
RETURN n.id AS id, coalesce(n.levelCounts[0], 0) AS direct,
       reduce(total = 0, c IN coalesce(n.levelCounts, []) | total + c) AS descendants,
       coalesce(n.subtreeValueMinor, 0) AS valueMinor
