// Keeps the maintained facts of each moved contact's whole subtree true after its origin changed:
// - rootOutletId, rootDepth, rootLeadOn: the outlet at the top of its tree (if the top is an
//   outlet), how far below that outlet each contact stands (0 = the outlet's own lead), and the
//   day that lead heard of us. Channel ROI reads these instead of walking chains.
// - treeKey: the contact's depth (two digits) and its path from the top of its tree, one
//   "/referredOn|id" segment per edge, e.g. "02o7/2025-03-01|c1/2025-06-09|c2". Descendants of X at
//   level L are exactly the keys that start with X's depth + L and X's path + "/", and sorting one
//   level by key is breadth-first order, so current trees and statistics are index range scans
//   (referral/tree-now.cypher, referral/stats-now.cypher). Roots have no key. A contact's
//   PARTY_TO edges carry its key too, so the deals of a subtree are a range scan as well.
// Given several moved contacts (a batch of links), a contact inside another's subtree is refreshed
// with it, once.
// It returns the days whose channel ROI facts the move can change: the closing days of the
// subtree's closed deals (their credit follows the root facts) and the days of the moved
// contact's leads, current or former (see facts/refresh-roi-days.cypher); and the subtree's deals,
// whose clients' generation and outlet at the top may have changed (the business mix and the funnel
// count them).
UNWIND $contactIds AS contactId
MATCH (c:Contact {id: contactId})
USING INDEX SEEK c:Contact(id)
CALL (c) {
  MATCH (c)-[r:REFERRED_BY|FORMERLY_REFERRED_BY]->(:MediaOutlet)
  RETURN collect(DISTINCT r.referredOn) AS leadDays
}
// The ids above each contact, read by walking up from it: a pattern that named the moved ids
// instead was planned as a scan of every contact per moved one.
CALL (c) {
  OPTIONAL MATCH (c) (()-[:REFERRED_BY]->()){1,99} (above:Contact)
  RETURN collect(above.id) AS aboveIds
}
OPTIONAL CALL (c, aboveIds) {
  WITH c WHERE none(id IN aboveIds WHERE id IN $contactIds)
  OPTIONAL MATCH (c) ((lower)-[up:REFERRED_BY]->()){1,99} (top)
    WHERE NOT EXISTS { (top)-[:REFERRED_BY]->() }
  WITH c,
       CASE WHEN top:MediaOutlet THEN top.id END AS outletId,
       CASE WHEN top:MediaOutlet THEN size(up) - 1 END AS outletDepth,
       CASE WHEN top:MediaOutlet THEN last(up).referredOn END AS leadOn,
       coalesce(size(up), 0) AS depth,
       CASE WHEN top IS NULL THEN c.id
            ELSE top.id + reduce(s = '', i IN range(size(up) - 1, 0, -1)
                                  | s + '/' + toString(up[i].referredOn) + '|' + lower[i].id) END AS path
  CALL (c, outletId, outletDepth, leadOn, depth, path) {
    MATCH (c) (()<-[r:REFERRED_BY]-(x:Contact)){0,99} (n)
    SET n.rootOutletId = outletId, n.rootDepth = outletDepth + size(r), n.rootLeadOn = leadOn,
        n.treeKey = CASE WHEN depth + size(r) = 0 THEN null
                         ELSE right('0' + toString(depth + size(r)), 2) + path
                              + reduce(s = '', i IN range(0, size(r) - 1) | s + '/' + toString(r[i].referredOn) + '|' + x[i].id) END
    WITH n
    OPTIONAL MATCH (n)-[party:PARTY_TO]->(d:Deal)
    SET party.treeKey = n.treeKey
    RETURN collect(DISTINCT CASE WHEN d.stage = 'CLOSED' THEN d.closedOn END) AS dealDays,
           collect(DISTINCT d.id) AS deals
  }
  RETURN dealDays, deals
}
WITH collect(coalesce(dealDays, []) + leadDays) AS dayLists, collect(coalesce(deals, [])) AS dealLists
RETURN COLLECT { UNWIND dayLists AS list UNWIND list AS day RETURN DISTINCT day } AS days,
       COLLECT { UNWIND dealLists AS list UNWIND list AS id RETURN DISTINCT id } AS dealIds
