// Freezes the recipients of a campaign that starts: one node per sendable contact of the segment,
// with the address it goes to. Runs in the transaction that checks the count the broker confirmed,
// so the count confirmed is the count frozen, or nothing is written.
// @include contact/_matching
  AND (
// @include campaign/_sendable
  )
WITH c, COLLECT { MATCH (c)-[r:HAS_EMAIL]->(:EmailAddress) RETURN r.address ORDER BY r.position LIMIT 1 }[0] AS address
CREATE (:CampaignRecipient {key: $campaignId + '|' + c.id, campaignId: $campaignId, contactId: c.id, address: address,
                            status: 'PENDING'})
RETURN count(*) AS frozen
