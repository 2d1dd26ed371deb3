// The contacts matching a contact filter, as `c`: shared by the contact list and the exports.
// The Java side picks the most selective starting point ($anchor): the full-text index, a group, a
// tag, an owner, an indexed property or the Archived or LevelDisagrees label; every other filter is a predicate on the candidates.
CALL () {
  WITH 1 AS x WHERE $anchor = 'SEARCH'
  CALL db.index.fulltext.queryNodes('contact_search', $search) YIELD node
  RETURN node AS c
  UNION
  WITH 1 AS x WHERE $anchor = 'GROUP'
  MATCH (:Group {name: $group})<-[:IN_GROUP]-(c:Contact)
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'TAG'
  MATCH (:Tag {name: $tag})<-[:TAGGED]-(c:Contact)
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'OWNER'
  MATCH (:Agent {id: $ownerId})-[:OWNS]->(c:Contact)
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'BIRTHDAY_MONTH'
  MATCH (c:Contact) WHERE c.birthMonth = $birthdayMonth
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'CONTACT_TYPE'
  MATCH (c:Contact) WHERE c.contactType = $contactType
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'STATUS_LEVEL'
  MATCH (c:Contact) WHERE c.statusLevel = $statusLevel
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'LEVEL_DISAGREES'
  MATCH (c:LevelDisagrees)
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'ARCHIVED'
  MATCH (c:Archived)
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'ALL'
  MATCH (c:Contact) WHERE c.nameKey > ''
  RETURN c
}
WITH c
WHERE
// @include contact/_filters
