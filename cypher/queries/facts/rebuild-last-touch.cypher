// The day each contact was last in touch, or created: what today's gift plan calls inactive reads
// it, and the touch counts count it.
MATCH (c:Contact)
WHERE c.lastTouchOn IS NULL OR c.lastTouchOn <> date(coalesce(c.lastContactedAt, c.createdAt))
CALL (c) {
  SET c.lastTouchOn = date(coalesce(c.lastContactedAt, c.createdAt))
} IN TRANSACTIONS OF 10000 ROWS
