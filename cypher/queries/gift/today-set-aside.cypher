// Contacts that are erased or archived: few, read whole, so that counts from indexes can be
// corrected for them.
CALL () {
  MATCH (c:Contact) WHERE c.erasedAt IS NOT NULL RETURN c
  UNION
  MATCH (c:Contact) WHERE c.archivedAt IS NOT NULL RETURN c
}
RETURN c.id AS id, c.erasedAt IS NOT NULL AS erased, c.lastTouchOn AS lastTouchOn, coalesce(c.descendants, 0) AS descendants
