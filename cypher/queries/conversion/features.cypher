// What the conversion model reads of each contact as of a day: the interactions before $asOf (all
// kinds but the web form, which is the lead's own inquiry), how long since the last one, the
// inbound ones and the meetings of the year before, the contact's origin (an outlet's id, or the
// kind of referrer), whether its referrer had closed a deal by then, its level in the tree and how
// many are below it (today's maintained facts: not known for past days), and whether it converted:
// a deal of its closed in ($asOf, $until]. Every contact added by $asOf and not erased is read;
// features-of.cypher reads chosen ones.
MATCH (c:Contact)
WHERE c.createdAt < $asOfTime AND NOT c:Erased
// @include conversion/_features
