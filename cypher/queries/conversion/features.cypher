// What the conversion model reads of each contact as of a day: the interactions before $asOf (all
// kinds but the web form, which is the lead's own inquiry), how long since the last one, the
// inbound ones and the meetings of the year before, the contact's origin (an outlet's id, or the
// kind of referrer), whether its referrer had closed a deal by then, its level in the tree and how
// many are below it (today's maintained facts: not known for past days), and whether it converted:
// a deal of its closed in ($asOf, $until]. $ids limits the read to some contacts; without it every
// contact added by $asOf and not erased is read.
MATCH (c:Contact)
WHERE ($ids IS NULL OR c.id IN $ids) AND c.createdAt < $asOfTime AND NOT c:Erased
CALL (c) {
  OPTIONAL MATCH (c)-[:HAD]->(i:Interaction)
  WHERE i.occurredAt < $asOfTime AND i.kind <> 'WEB_FORM'
  RETURN count(CASE WHEN i.occurredAt >= $asOfTime - duration({days: 30}) THEN 1 END) AS touches30,
         count(CASE WHEN i.occurredAt >= $asOfTime - duration({days: 90}) THEN 1 END) AS touches90,
         count(CASE WHEN i.occurredAt >= $asOfTime - duration({days: 365}) THEN 1 END) AS touches365,
         count(CASE WHEN i.occurredAt >= $asOfTime - duration({days: 365}) AND i.direction = 'INBOUND' THEN 1 END) AS inbound365,
         count(CASE WHEN i.occurredAt >= $asOfTime - duration({days: 365}) AND i.kind = 'MEETING' THEN 1 END) AS meetings365,
         max(i.occurredAt) AS lastAt
}
OPTIONAL MATCH (c)-[r:REFERRED_BY]->(origin)
WHERE r.validFrom IS NULL OR r.validFrom <= $asOf
RETURN c.id AS id, touches30, touches90, touches365, inbound365, meetings365,
       CASE WHEN lastAt IS NULL THEN null ELSE duration.inDays(date(lastAt), $asOf).days END AS daysSinceContact,
       CASE WHEN origin IS NULL THEN 'NONE' WHEN origin:MediaOutlet THEN 'OUTLET:' + origin.id
            WHEN origin:Agent THEN 'PARTNER' ELSE 'CONTACT' END AS origin,
       origin:Contact AND EXISTS {
         MATCH (origin)-[:PARTY_TO]->(d:Deal) WHERE d.stage = 'CLOSED' AND d.closedOn <= $asOf
       } AS referredByConverted,
       CASE WHEN c.treeKey IS NULL THEN 0 ELSE toInteger(left(c.treeKey, 2)) END AS depth,
       reduce(total = 0, n IN coalesce(c.levelCounts, []) | total + n) AS below,
       EXISTS {
         MATCH (c)-[:PARTY_TO]->(d:Deal) WHERE d.stage = 'CLOSED' AND d.closedOn > $asOf AND d.closedOn <= $until
       } AS converted
ORDER BY id
