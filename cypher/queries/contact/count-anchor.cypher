// The size of a filter that is one group, tag or owner and nothing else: the anchor's degree less
// its archived (and, for owners, erased) members, which are read from their labels, not from the
// anchor's 100,000 members. Erasure removes group and tag memberships but keeps the owner.
OPTIONAL MATCH (g:Group {name: $group})
OPTIONAL MATCH (t:Tag {name: $tag})
OPTIONAL MATCH (o:Agent {id: $ownerId})
CALL (g, t, o) {
  MATCH (c:Archived)
  WHERE ($anchor = 'GROUP' AND EXISTS { (c)-[:IN_GROUP]->(g) })
     OR ($anchor = 'TAG' AND EXISTS { (c)-[:TAGGED]->(t) })
     OR ($anchor = 'OWNER' AND EXISTS { (o)-[:OWNS]->(c) })
  RETURN count(c) AS archived
}
CALL (o) {
  MATCH (c:Erased)
  WHERE $anchor = 'OWNER' AND EXISTS { (o)-[:OWNS]->(c) }
  RETURN count(c) AS erased
}
WITH archived, erased,
     CASE $anchor
       WHEN 'GROUP' THEN CASE WHEN g IS NULL THEN 0 ELSE COUNT { (g)<-[:IN_GROUP]-() } END
       WHEN 'TAG' THEN CASE WHEN t IS NULL THEN 0 ELSE COUNT { (t)<-[:TAGGED]-() } END
       WHEN 'OWNER' THEN CASE WHEN o IS NULL THEN 0 ELSE COUNT { (o)-[:OWNS]->() } END
     END AS members
RETURN CASE WHEN $archived THEN archived ELSE members - archived - erased END AS total
