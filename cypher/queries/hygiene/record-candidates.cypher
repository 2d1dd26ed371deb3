// Replaces the candidate pairs of the contacts just examined with those found: a pair whose reason
// went (an e-mail changed) goes with it. Each pair is one relationship from the lower id to the
// higher, with its reasons, their values, its score, and sortKey: the list's order (highest score,
// then the ids) as one indexed string. The hints keep the lookups seeks: a plan made while the
// store was empty (the first chunk of a restore) scanned every contact for each id.
CALL () {
  UNWIND $ids AS id
  MATCH (c:Contact {id: id})-[d:DUPLICATE_CANDIDATE]-()
  USING INDEX SEEK c:Contact(id)
  DELETE d
}
UNWIND $pairs AS pair
MATCH (a:Contact {id: pair.a}), (b:Contact {id: pair.b})
USING INDEX SEEK a:Contact(id)
USING INDEX SEEK b:Contact(id)
MERGE (a)-[d:DUPLICATE_CANDIDATE]->(b)
SET d.reasons = pair.reasons, d.values = pair.values, d.score = pair.score, d.sortKey = pair.sortKey,
    d.foundAt = $now
RETURN count(d) AS recorded
