// Subtree values the other way round: each closed deal credits the ancestors written in its
// parties' tree keys, once per ancestor. Kept true between rebuilds by
// facts/refresh-subtree-values.cypher.
MATCH (d:Deal)<-[party:PARTY_TO]-(:Contact)
WHERE d.stage = 'CLOSED' AND party.treeKey IS NOT NULL
WITH d, split(substring(party.treeKey, 2), '/') AS parts
UNWIND range(CASE WHEN size(parts) > 21 THEN size(parts) - 21 ELSE 0 END, size(parts) - 2) AS i
WITH DISTINCT d, CASE i WHEN 0 THEN parts[0] ELSE split(parts[i], '|')[1] END AS ancestorId
WITH ancestorId, coalesce(sum(d.revenueMinor), 0) AS valueMinor
CALL (ancestorId, valueMinor) {
  CALL (ancestorId) {
    MATCH (x:Contact {id: ancestorId}) RETURN x
    UNION
    MATCH (x:Agent {id: ancestorId}) RETURN x
    UNION
    MATCH (x:MediaOutlet {id: ancestorId}) RETURN x
  }
  SET x.subtreeValueMinor = valueMinor
} IN TRANSACTIONS OF 5000 ROWS
