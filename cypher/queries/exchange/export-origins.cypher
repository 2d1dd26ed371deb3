// The external id and the origin of each exported contact, written so that an import finds them
// again: a contact, partner or outlet by its Rootline id.
UNWIND $ids AS id
MATCH (c:Contact {id: id})
OPTIONAL MATCH (c)-[r:REFERRED_BY]->(p)
RETURN id, c.externalId AS externalId, p.id AS referrerId, p:MediaOutlet AS outlet, r.referredOn AS referredOn
