MATCH (:ImportJob {id: $id})-[:PENDING_LINK]->(l:ImportLink)
RETURN elementId(l) AS ref, l.line AS line, l.contactId AS contactId, l.referrer AS referrer, l.on AS on
ORDER BY l.line
LIMIT $limit
