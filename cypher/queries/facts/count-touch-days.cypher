// Keeps each contact's day last in touch (lastTouchOn) and brings the per-day touch counts (TouchDay,
// see migration V015) up to date with contacts written in this transaction, by id or element id, and with contacts it deleted ($removed: the day and flag they
// were counted under). A contact counted under another day or flag than it now has moves; one
// never counted (new) is added. Runs last in the writer's transaction: the counts of a day are one
// node that every writer of that day locks, so the days are locked in date order and held only
// until the commit.
CALL () {
  // @include facts/_changed-contacts
  // The day in touch is kept here, not by the writers: the day of the last touch, or of the creation.
  WITH c, date(coalesce(c.lastContactedAt, c.createdAt)) AS on
  CALL (c, on) {
    WITH c WHERE c.lastTouchOn IS NULL OR c.lastTouchOn <> on
    SET c.lastTouchOn = on
  }
  WITH c, c.countedOn AS wasOn, c.countedScoring AS wasScoring, on, coalesce(c.descendants, 0) > 0 AS scoring
  WHERE wasOn IS NULL OR wasOn <> on OR wasScoring <> scoring OR on IS NULL
  SET c.countedOn = on, c.countedScoring = scoring
  WITH wasOn, wasScoring, on, scoring
  UNWIND [{on: wasOn, contacts: -1, scoring: CASE WHEN wasScoring THEN -1 ELSE 0 END},
          {on: on, contacts: 1, scoring: CASE WHEN scoring THEN 1 ELSE 0 END}] AS change
  RETURN change
  UNION ALL
  UNWIND $removed AS gone
  RETURN {on: gone.on, contacts: -1, scoring: CASE WHEN gone.scoring THEN -1 ELSE 0 END} AS change
}
WITH change.on AS on, sum(change.contacts) AS contacts, sum(change.scoring) AS scoring
WHERE on IS NOT NULL AND (contacts <> 0 OR scoring <> 0)
ORDER BY on
MERGE (t:TouchDay {on: on})
  ON CREATE SET t.contacts = 0, t.scoring = 0
SET t.contacts = t.contacts + contacts, t.scoring = t.scoring + scoring
RETURN count(t) AS days
