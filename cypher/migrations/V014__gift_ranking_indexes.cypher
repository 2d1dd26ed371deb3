// Today's gift plan reads clients best first by descendants and by subtree value, skipping those out
// of touch since the plan's cutoff. The biggest trees belong to the oldest clients, mostly out of
// touch: with single-property indexes the 1M benchmark read about 60,000 entries, and their nodes,
// to find 256 in touch. With the day last in touch in the index the skipping happens inside it.
CREATE RANGE INDEX contact_descendants_touch IF NOT EXISTS FOR (c:Contact) ON (c.descendants, c.lastTouchOn);
CREATE RANGE INDEX contact_value_touch IF NOT EXISTS FOR (c:Contact) ON (c.subtreeValueMinor, c.lastTouchOn);
// The scoring count reads the first of these now (queries/gift/today-counts.cypher), so V013's
// (lastTouchOn, descendants) index has no reader left.
DROP INDEX contact_touch_descendants IF EXISTS;
