// Counts for today's gift plan from the per-day touch counts (TouchDay, migration V015): every
// contact, those out of touch since the cutoff, and those with descendants (who score) that are in
// touch (all of them when inactive ones count). A few thousand days are read, not the contacts.
// counted is how many contacts the days hold: when that is not every contact, something wrote
// contacts past the service and the plan counts from the indexes (today-counts-from-indexes.cypher).
MATCH (t:TouchDay)
WITH sum(t.contacts) AS counted,
     sum(CASE WHEN t.on < $cutoff THEN t.contacts ELSE 0 END) AS dormant,
     sum(CASE WHEN $includeInactive OR t.on >= $cutoff THEN t.scoring ELSE 0 END) AS scoring
RETURN COUNT { MATCH (c:Contact) } AS contacts, counted, dormant, scoring
