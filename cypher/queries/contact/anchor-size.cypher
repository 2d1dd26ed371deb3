// How many contacts a filter's anchor holds, and how many contacts there are, in constant time:
// relationship degrees of the group, tag or owner, and the count store. ContactSearch decides from
// the two whether walking the order's index or reading the anchor is cheaper.
CALL () { MATCH (c:Contact) RETURN count(c) AS contacts }
CALL () { MATCH (a:Archived) RETURN count(a) AS archived }
CALL () { MATCH (d:LevelDisagrees) RETURN count(d) AS disagreeing }
OPTIONAL MATCH (g:Group {name: $group})
OPTIONAL MATCH (t:Tag {name: $tag})
OPTIONAL MATCH (o:Agent {id: $ownerId})
RETURN contacts,
       CASE $anchor
         WHEN 'GROUP' THEN CASE WHEN g IS NULL THEN 0 ELSE COUNT { (g)<-[:IN_GROUP]-() } END
         WHEN 'TAG' THEN CASE WHEN t IS NULL THEN 0 ELSE COUNT { (t)<-[:TAGGED]-() } END
         WHEN 'OWNER' THEN CASE WHEN o IS NULL THEN 0 ELSE COUNT { (o)-[:OWNS]->() } END
         WHEN 'ARCHIVED' THEN archived
         WHEN 'LEVEL_DISAGREES' THEN disagreeing
       END AS size
