// The predicates of a contact filter on `c`, after `WHERE`: shared by every read of a filtered list
// (the walk of an ordering index, the anchored page, the count) and by the exports.
// Erased and Archived are labels (V017), checked on the node itself without reading its properties.
NOT c:Erased
  AND $archived = (c:Archived)
  AND ($group IS NULL OR EXISTS { (c)-[:IN_GROUP]->(:Group {name: $group}) })
  AND ($tag IS NULL OR EXISTS { (c)-[:TAGGED]->(:Tag {name: $tag}) })
  AND ($ownerId IS NULL OR EXISTS { (:Agent {id: $ownerId})-[:OWNS]->(c) })
  AND ($statusLevel IS NULL OR c.statusLevel = $statusLevel)
  AND ($levelDisagrees IS NULL OR (c:LevelDisagrees) = $levelDisagrees)
  AND ($active IS NULL OR c.active = $active)
  AND ($contactType IS NULL OR c.contactType = $contactType)
  AND ($birthdayMonth IS NULL OR c.birthMonth = $birthdayMonth)
  AND ($createdFrom IS NULL OR c.createdAt >= $createdFrom)
  AND ($createdTo IS NULL OR c.createdAt < $createdTo)
  AND ($customProperty IS NULL OR c[$customProperty] = $customValue)
