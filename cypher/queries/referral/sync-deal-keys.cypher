// Copies each party's current tree key onto its PARTY_TO edge of a closing deal, under the tree
// locks: a deal created while its party's subtree was being moved may have copied the key the
// move was replacing, and a closed deal's keys decide whose subtree value and statistics it counts in.
MATCH (:Deal {id: $dealId})<-[party:PARTY_TO]-(c:Contact)
SET party.treeKey = c.treeKey
RETURN count(party) AS synced
