// Counts for today's gift plan, from indexes: every contact, those out of touch since the cutoff,
// and those with descendants (who score) that are in touch (all of them when inactive ones count).
RETURN COUNT { MATCH (c:Contact) } AS contacts,
       COUNT { MATCH (c:Contact) WHERE c.lastTouchOn < $cutoff } AS dormant,
       CASE WHEN $includeInactive THEN COUNT { MATCH (c:Contact) WHERE c.descendants > 0 }
            ELSE COUNT { MATCH (c:Contact) WHERE c.lastTouchOn >= $cutoff AND c.descendants > 0 } END AS scoring
