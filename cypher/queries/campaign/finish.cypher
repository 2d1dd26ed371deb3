// Done when no recipient is PENDING; only by the runner that holds it.
MATCH (k:Campaign {id: $id})
WHERE k.status = 'RUNNING' AND k.leaseOwner = $owner
  AND NOT EXISTS { MATCH (:CampaignRecipient {campaignId: k.id, status: 'PENDING'}) }
SET k.status = 'COMPLETED', k.finishedAt = datetime(), k.leaseOwner = null, k.leaseUntil = null
RETURN k.id AS id
