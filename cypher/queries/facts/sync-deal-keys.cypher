// Copies each party's current tree key onto its PARTY_TO edge of the deals a transaction wrote, just
// before it commits, after the moved subtrees' keys are refreshed: a deal's keys decide whose subtree
// value and statistics it counts in. A closed deal's parties are under the tree locks, so a subtree
// moving at the same time is either seen moved or moves the deal's keys with it.
// Only keys that differ are written: a deal written while a move holds its parties' edges reads the
// committed keys, finds them equal, and does not wait for the move.
UNWIND $dealIds AS dealId
MATCH (:Deal {id: dealId})<-[party:PARTY_TO]-(c:Contact)
WHERE coalesce(party.treeKey, '') <> coalesce(c.treeKey, '')
SET party.treeKey = c.treeKey
RETURN count(party) AS synced
