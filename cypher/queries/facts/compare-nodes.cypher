// Per kind of fact (the index in _node-facts.cypher), how many parties' facts differ from the ones
// kept before the rebuild, and the first ids of them. Parties created since have nothing kept and
// are not compared.
MATCH (n)
WHERE (n:Contact OR n:Agent OR n:MediaOutlet) AND n.factsBefore IS NOT NULL
// @include facts/_node-facts
UNWIND range(0, size(facts) - 1) AS kind
WITH kind, n
WHERE n.factsBefore[kind] <> facts[kind]
WITH kind, n.id AS id ORDER BY id
RETURN kind, count(*) AS differed, collect(id)[..10] AS examples
ORDER BY kind
