MATCH (c:Contact {id: $id})
OPTIONAL MATCH (c)-[:HAS_ADDRESS]->(a:PostalAddress)
DETACH DELETE a
WITH DISTINCT c
OPTIONAL MATCH (c)-[:HAS_PHONE|HAS_EMAIL]->(n)
WITH c, collect(n) AS identities
DETACH DELETE c
WITH identities
UNWIND identities AS n
WITH n WHERE NOT EXISTS { (n)--() }
DELETE n
