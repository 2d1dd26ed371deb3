// The contacts matching a contact filter, as `c`: shared by the contact list and the exports.
// The Java side picks the most selective starting point ($anchor): the full-text index, a group, a
// tag, or an indexed property; every other filter is a predicate on the candidates.
CALL () {
  WITH 1 AS x WHERE $anchor = 'search'
  CALL db.index.fulltext.queryNodes('contact_search', $search) YIELD node
  RETURN node AS c
  UNION
  WITH 1 AS x WHERE $anchor = 'group'
  MATCH (:Group {name: $group})<-[:IN_GROUP]-(c:Contact)
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'tag'
  MATCH (:Tag {name: $tag})<-[:TAGGED]-(c:Contact)
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'owner'
  MATCH (:Agent {id: $ownerId})-[:OWNS]->(c:Contact)
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'birthdayMonth'
  MATCH (c:Contact) WHERE c.birthMonth = $birthdayMonth
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'contactType'
  MATCH (c:Contact) WHERE c.contactType = $contactType
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'statusLevel'
  MATCH (c:Contact) WHERE c.statusLevel = $statusLevel
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'all'
  MATCH (c:Contact) WHERE c.nameKey > ''
  RETURN c
}
WITH c
WHERE c.erasedAt IS NULL
  AND $archived = (c.archivedAt IS NOT NULL)
  AND ($group IS NULL OR EXISTS { (c)-[:IN_GROUP]->(:Group {name: $group}) })
  AND ($tag IS NULL OR EXISTS { (c)-[:TAGGED]->(:Tag {name: $tag}) })
  AND ($ownerId IS NULL OR EXISTS { (:Agent {id: $ownerId})-[:OWNS]->(c) })
  AND ($statusLevel IS NULL OR c.statusLevel = $statusLevel)
  AND ($active IS NULL OR c.active = $active)
  AND ($contactType IS NULL OR c.contactType = $contactType)
  AND ($birthdayMonth IS NULL OR c.birthMonth = $birthdayMonth)
  AND ($createdFrom IS NULL OR c.createdAt >= $createdFrom)
  AND ($createdTo IS NULL OR c.createdAt < $createdTo)
  AND ($customProperty IS NULL OR c[$customProperty] = $customValue)
