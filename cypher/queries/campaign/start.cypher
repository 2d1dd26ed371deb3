// A DRAFT campaign starts (or is scheduled), under its lock: two starts at once start it once.
MATCH (k:Campaign {id: $id})
SET k.claimLock = true
REMOVE k.claimLock
WITH k, k.status = 'DRAFT' AS startable
CALL (k, startable) {
  WITH k WHERE startable
  SET k.status = CASE WHEN k.scheduledFor IS NOT NULL AND k.scheduledFor > datetime() THEN 'SCHEDULED' ELSE 'RUNNING' END,
      k.startedAt = datetime(), k.startedBy = $by, k.recipientCount = $count
}
RETURN startable, k {.*} AS campaign
