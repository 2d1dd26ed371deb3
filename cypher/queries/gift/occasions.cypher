// The personal dates of gift recipients.
UNWIND $ids AS id
MATCH (c:Contact {id: id})
WHERE c.erasedAt IS NULL
RETURN c.id AS id, c.birthday AS birthday, c.spouseBirthday AS spouseBirthday, c.anniversary AS anniversary
