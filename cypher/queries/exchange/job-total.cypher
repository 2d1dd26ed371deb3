MATCH (j:ImportJob {id: $id, leaseOwner: $owner})
SET j.total = $total, j.format = $format, j.encoding = $encoding
RETURN j.id AS id
