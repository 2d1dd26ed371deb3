// What each contact is counted under in the touch counts (see facts/count-touch-days.cypher):
// its day last in touch and whether it has descendants.
MATCH (c:Contact)
CALL (c) {
  SET c.countedOn = c.lastTouchOn, c.countedScoring = coalesce(c.descendants, 0) > 0
} IN TRANSACTIONS OF 10000 ROWS
