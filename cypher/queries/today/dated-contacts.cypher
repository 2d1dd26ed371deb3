// The contacts of an owner (every contact without one) that keep a day that matters.
CALL () {
  WITH 1 AS x WHERE $ownerId IS NOT NULL
  MATCH (:Agent {id: $ownerId})-[:OWNS]->(c:Contact)
  RETURN c
  UNION
  WITH 1 AS x WHERE $ownerId IS NULL
  MATCH (c:Contact)
  RETURN c
}
WITH c WHERE NOT c:Erased AND NOT c:Archived
// @include today/_dated
WITH c, homes, custom
WHERE c.birthday IS NOT NULL OR c.anniversary IS NOT NULL OR c.spouseBirthday IS NOT NULL
   OR c.childBirthdays IS NOT NULL OR homes <> [] OR any(v IN custom WHERE v IS NOT NULL)
RETURN c.id AS id, c.birthday AS birthday, c.anniversary AS anniversary, c.spouseName AS spouseName,
       c.spouseBirthday AS spouseBirthday, c.childNames AS childNames, c.childBirthdays AS childBirthdays,
       homes, custom
