// Every party closed deals' revenue counts for, as element ids (see refresh-subtree-values.cypher):
// every ancestor, up to 20 levels up, of each of its parties, read from the parties' tree keys (see
// referral/top-referrers-now.cypher for the key's shape). A read, so its lookups by id take no locks.
UNWIND $dealIds AS dealId
MATCH (:Deal {id: dealId})<-[party:PARTY_TO]-(:Contact)
WHERE party.treeKey IS NOT NULL
WITH split(substring(party.treeKey, 2), '/') AS parts
UNWIND range(CASE WHEN size(parts) > 21 THEN size(parts) - 21 ELSE 0 END, size(parts) - 2) AS i
WITH DISTINCT CASE i WHEN 0 THEN parts[0] ELSE split(parts[i], '|')[1] END AS id
CALL (id) {
  MATCH (x:Contact {id: id}) RETURN x
  UNION
  MATCH (x:Agent {id: id}) RETURN x
  UNION
  MATCH (x:MediaOutlet {id: id}) RETURN x
}
RETURN collect(elementId(x)) AS elementIds
