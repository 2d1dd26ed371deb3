// Everything today's call list reads about an agent's contacts, and about the contacts of the tasks
// assigned to them ($extraIds): one row per contact that may be called.
CALL () {
  MATCH (:Agent {id: $agentId})-[:OWNS]->(c:Contact)
  RETURN c
  UNION
  UNWIND $extraIds AS id
  MATCH (c:Contact {id: id})
  RETURN c
}
WITH c WHERE NOT c:Erased AND NOT c:Archived AND c.doNotContactAt IS NULL
// @include today/_dated
RETURN c.nameKey AS nameKey, c.statusLevel AS statusLevel, c.createdAt AS createdAt,
       c.lastContactedAt AS lastContactedAt, coalesce(c.subtreeValueMinor, 0) AS treeValueMinor,
       coalesce(c.descendants, 0) AS descendants,
       {id: c.id, birthday: c.birthday, anniversary: c.anniversary, spouseName: c.spouseName,
        spouseBirthday: c.spouseBirthday, childNames: c.childNames, childBirthdays: c.childBirthdays,
        homes: homes, custom: custom} AS dates
