// Facts that let today's gift plan (queries/gift/today-*.cypher) read the top of indexes instead of
// every contact and deal:
// - lastTouchOn, the day a contact was last in touch (or created), which decides INACTIVE,
// - levelValuesMinor, the revenue per level below a contact that its gift score counts: closed
//   deals of revenue, each at its nearest party, not the contact's own deals (kept by
//   queries/referral/refresh-subtree-values.cypher),
// - coupleKey, the normalised pair of a contact's name and its spouse's, equal for two contacts who
//   name each other,
// - HouseholdKey nodes, one per home address or couple key written since, marked shared while more
//   than one contact holds the key (kept by queries/contact/mark-households.cypher). Here only the
//   shared ones are made: the others appear when a contact with that key is next written.
CREATE RANGE INDEX contact_last_touch IF NOT EXISTS FOR (c:Contact) ON (c.lastTouchOn);
CREATE RANGE INDEX contact_touch_descendants IF NOT EXISTS FOR (c:Contact) ON (c.lastTouchOn, c.descendants);
CREATE RANGE INDEX contact_archived IF NOT EXISTS FOR (c:Contact) ON (c.archivedAt);
CREATE RANGE INDEX contact_erased IF NOT EXISTS FOR (c:Contact) ON (c.erasedAt);
CREATE RANGE INDEX contact_couple_key IF NOT EXISTS FOR (c:Contact) ON (c.coupleKey);
CREATE CONSTRAINT household_key IF NOT EXISTS FOR (k:HouseholdKey) REQUIRE k.key IS UNIQUE;
CREATE RANGE INDEX household_key_shared IF NOT EXISTS FOR (k:HouseholdKey) ON (k.shared);
MATCH (c:Contact)
CALL (c) {
  SET c.lastTouchOn = date(coalesce(c.lastContactedAt, c.createdAt))
} IN TRANSACTIONS OF 10000 ROWS;
// The same normalisation as com.rootline.contact.Households#normalize: lower case, every run of
// characters that are neither letters nor digits one space, trimmed.
MATCH (c:Contact)
WHERE c.spouseName IS NOT NULL AND c.firstName IS NOT NULL AND c.lastName IS NOT NULL
WITH c, [name IN [c.firstName + ' ' + c.lastName, c.spouseName] |
  reduce(s = '', w IN [w IN split(reduce(t = '', ch IN split(toLower(name), '') |
      t + CASE WHEN ch =~ '[\\p{L}\\p{N}]' THEN ch ELSE ' ' END), ' ') WHERE w <> ''] |
    s + CASE WHEN s = '' THEN '' ELSE ' ' END + w)] AS names
CALL (c, names) {
  SET c.coupleKey = CASE WHEN names[0] < names[1] THEN names[0] + '|' + names[1] ELSE names[1] + '|' + names[0] END
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (c:Contact)-[:HAS_ADDRESS]->(a:PostalAddress {type: 'HOME'})
WHERE a.householdKey IS NOT NULL
WITH a.householdKey AS value, count(DISTINCT c) AS members
WHERE members > 1
MERGE (k:HouseholdKey {key: 'HOME|' + value})
SET k.kind = 'HOME', k.value = value, k.shared = true;
MATCH (c:Contact)
WHERE c.coupleKey IS NOT NULL
WITH c.coupleKey AS value, count(c) AS members
WHERE members > 1
MERGE (k:HouseholdKey {key: 'COUPLE|' + value})
SET k.kind = 'COUPLE', k.value = value, k.shared = true;
// Revenue per level, built the other way round as V012 builds subtree values: each closed deal of
// revenue credits the ancestors written in its parties' tree keys, at the nearest party, unless the
// ancestor is a party itself.
MATCH (d:Deal)<-[party:PARTY_TO]-(p:Contact)
WHERE d.stage = 'CLOSED' AND d.revenueMinor > 0 AND party.treeKey IS NOT NULL
WITH d, collect(p.id) AS parties, collect(split(substring(party.treeKey, 2), '/')) AS keys
UNWIND keys AS parts
UNWIND range(CASE WHEN size(parts) > 21 THEN size(parts) - 21 ELSE 0 END, size(parts) - 2) AS i
WITH d, parties, CASE i WHEN 0 THEN parts[0] ELSE split(parts[i], '|')[1] END AS ancestorId, size(parts) - 1 - i AS level
WHERE NOT ancestorId IN parties
WITH d, ancestorId, min(level) AS level
WITH ancestorId, level, sum(d.revenueMinor) AS valueMinor
WITH ancestorId, collect([level, valueMinor]) AS credited
MATCH (x:Contact {id: ancestorId})
CALL (x, credited) {
  SET x.levelValuesMinor = [l IN range(1, 20) | reduce(s = 0, p IN credited | s + CASE WHEN p[0] = l THEN p[1] ELSE 0 END)]
} IN TRANSACTIONS OF 10000 ROWS;
