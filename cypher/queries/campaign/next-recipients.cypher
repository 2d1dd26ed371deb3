// The next recipients of a campaign in contact id order, with what the message needs of each, read
// in the transaction that queues them, only while this runner still holds the campaign. The
// renewal comes first so a runner that lost its lease (or a cancelled campaign) reads nothing.
MATCH (k:Campaign {id: $id})
WHERE k.status = 'RUNNING' AND k.leaseOwner = $owner
SET k.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
WITH k
MATCH (r:CampaignRecipient {campaignId: k.id, status: 'PENDING'})
WITH r ORDER BY r.contactId LIMIT $limit
MATCH (c:Contact {id: r.contactId})
SET c.unsubscribeToken = coalesce(c.unsubscribeToken, randomUUID() + randomUUID())
RETURN r.contactId AS contactId, r.address AS address, c.firstName AS firstName, c.lastName AS lastName,
       c.unsubscribeToken AS token
