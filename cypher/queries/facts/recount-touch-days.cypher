// One TouchDay per day contacts were last in touch, with how many and how many have descendants
// (merged: a writer may have counted a day since forget-touch-days.cypher).
MATCH (c:Contact)
WHERE c.countedOn IS NOT NULL
WITH c.countedOn AS on, count(*) AS contacts, count(CASE WHEN c.countedScoring THEN 1 END) AS scoring
MERGE (t:TouchDay {on: on})
SET t.contacts = contacts, t.scoring = scoring
