// The contacts matching a contact filter, as `c`: shared by the contact list and the exports.
// The Java side picks the most selective starting point ($anchor): the full-text index, a group, a
// tag, an owner, an indexed property or the Archived or LevelDisagrees label; every other filter is a predicate on the candidates.
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
  WITH 1 AS x WHERE $anchor = 'levelDisagrees'
  MATCH (c:LevelDisagrees)
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'archived'
  MATCH (c:Archived)
  RETURN c
  UNION
  WITH 1 AS x WHERE $anchor = 'all'
  MATCH (c:Contact) WHERE c.nameKey > ''
  RETURN c
}
WITH c
WHERE
// @include contact/_filters
