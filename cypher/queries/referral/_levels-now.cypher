// The current tree under a contact, partner or outlet, as one row per level 1..$maxDepth with the
// range of maintained tree keys that level holds (see refresh-tree-facts.cypher): the keys in
// (lo, hi) are exactly those that start with stem + "/", since "0" follows "/".
// Parties at the top of a tree carry no key; their own key is taken as depth 00 and their id.
CALL () {
  MATCH (root:Contact {id: $rootId}) RETURN root
  UNION
  MATCH (root:Agent {id: $rootId}) RETURN root
  UNION
  MATCH (root:MediaOutlet {id: $rootId}) RETURN root
}
WITH root, coalesce(root.treeKey, '00' + root.id) AS own
UNWIND range(1, $maxDepth) AS level
WITH root, own, level, right('0' + toString(toInteger(left(own, 2)) + level), 2) + substring(own, 2) AS stem
WITH root, own, level, stem + '/' AS lo, stem + '0' AS hi
