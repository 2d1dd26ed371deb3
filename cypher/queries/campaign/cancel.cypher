// Cancels a campaign that is not finished: recipients not yet queued and messages not yet sent are
// cancelled; what was sent stays sent. `changed` is false when it had already ended.
MATCH (k:Campaign {id: $id})
SET k.claimLock = true
REMOVE k.claimLock
WITH k, k.status IN ['DRAFT', 'SCHEDULED', 'RUNNING'] AS changed
CALL (k, changed) {
  WITH k WHERE changed
  SET k.status = 'CANCELLED', k.finishedAt = datetime(), k.cancelledBy = $by, k.leaseOwner = null, k.leaseUntil = null
  WITH k
  CALL (k) {
    MATCH (r:CampaignRecipient {campaignId: k.id, status: 'PENDING'})
    SET r.status = 'CANCELLED'
  }
  CALL (k) {
    MATCH (m:OutboxMessage {campaignId: k.id})
    WHERE m.status = 'QUEUED'
    SET m.status = 'CANCELLED'
  }
}
RETURN changed, k {.*} AS campaign
