// Partner agents who referred a contact in today's trees: excluded from gifts (RESPA).
MATCH (a:Agent {kind: 'PARTNER'})
WHERE EXISTS { (a)<-[:REFERRED_BY]-(:Contact) }
RETURN a.id AS id
ORDER BY id
