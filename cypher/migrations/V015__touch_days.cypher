// Per-day counts of contacts by the day they were last in touch, so that today's gift plan counts
// the dormant and the scoring recipients by summing a few thousand TouchDay nodes instead of
// reading most of the (lastTouchOn) and (descendants, lastTouchOn) indexes (about 290 ms at 1M).
// A contact is counted under countedOn (its lastTouchOn when last counted) and countedScoring
// (whether it had descendants then); writers adjust the counts from those two properties in their
// own transaction (queries/contact/count-touch-days.cypher, called by com.rootline.contact.TouchDays).
// The statements below also rebuild the counts from scratch, which is why they start by removing them.
CREATE CONSTRAINT touch_day IF NOT EXISTS FOR (t:TouchDay) REQUIRE t.on IS UNIQUE;
MATCH (t:TouchDay) DETACH DELETE t;
MATCH (c:Contact)
CALL (c) {
  SET c.countedOn = c.lastTouchOn, c.countedScoring = coalesce(c.descendants, 0) > 0
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (c:Contact)
WHERE c.countedOn IS NOT NULL
WITH c.countedOn AS on, count(*) AS contacts, count(CASE WHEN c.countedScoring THEN 1 END) AS scoring
CREATE (:TouchDay {on: on, contacts: contacts, scoring: scoring});
