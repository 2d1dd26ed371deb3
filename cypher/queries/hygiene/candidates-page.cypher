// A page of candidate pairs in the list's order (see record-candidates.cypher): an ordered scan of
// the sortKey index from the cursor, the page and one more.
MATCH (a:Contact)-[d:DUPLICATE_CANDIDATE]->(b:Contact)
WHERE d.sortKey > $after
RETURN a.id AS id, b.id AS otherId, d.reasons AS reasons, d.values AS values, d.score AS score, d.sortKey AS sortKey
ORDER BY d.sortKey
LIMIT $limit
