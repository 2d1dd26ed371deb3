// Revenue per level below each contact, which its gift score counts: each closed deal of revenue
// credits the ancestors in its parties' tree keys at the nearest party, unless the ancestor is a
// party itself. Kept true between rebuilds by facts/refresh-subtree-values.cypher.
// Every party counts as one, the top of a tree too (it has no key): migration V013 left a top that
// shares a deal with one of its descendants credited with that deal, which the writers never do.
MATCH (d:Deal)<-[party:PARTY_TO]-(p:Contact)
WHERE d.stage = 'CLOSED' AND d.revenueMinor > 0
WITH d, collect(p.id) AS parties,
     collect(CASE WHEN party.treeKey IS NOT NULL THEN split(substring(party.treeKey, 2), '/') END) AS keys
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
} IN TRANSACTIONS OF 10000 ROWS
