// Counts for today's gift plan, from indexes, when the per-day touch counts (today-counts.cypher)
// do not count every contact: every contact, those out of touch since the cutoff,
// and those with descendants (who score) that are in touch (all of them when inactive ones count).
// The scoring count reads the (descendants, lastTouchOn) index: fewer contacts have descendants than
// are in touch, and the day is checked inside the index.
RETURN COUNT { MATCH (c:Contact) } AS contacts,
       COUNT { MATCH (c:Contact) WHERE c.lastTouchOn < $cutoff } AS dormant,
       CASE WHEN $includeInactive THEN COUNT { MATCH (c:Contact) WHERE c.descendants > 0 }
            ELSE COUNT { MATCH (c:Contact) USING INDEX c:Contact(descendants, lastTouchOn)
                         WHERE c.descendants > 0 AND c.lastTouchOn >= $cutoff } END AS scoring
