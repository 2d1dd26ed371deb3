// Whether this runner still holds the campaign (a cancel or a takeover ends its hold).
MATCH (k:Campaign {id: $id})
WHERE k.status = 'RUNNING' AND k.leaseOwner = $owner
RETURN k.id AS id
