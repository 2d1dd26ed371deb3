// How many nodes each level under a party holds, as of a date: enough to know how deep a tree
// page must look, without computing the order of the whole subtree.
CALL () {
  MATCH (root:Contact {id: $rootId}) RETURN root
  UNION
  MATCH (root:Agent {id: $rootId}) RETURN root
  UNION
  MATCH (root:MediaOutlet {id: $rootId}) RETURN root
}
MATCH (root) (()<-[r:REFERRED_BY|FORMERLY_REFERRED_BY]-(:Contact)
    WHERE ($asOf IS NULL AND r:REFERRED_BY)
       OR ($asOf IS NOT NULL AND r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo > $asOf))
  ){1,20} (n)
RETURN size(r) AS depth, count(n) AS nodes
ORDER BY depth
