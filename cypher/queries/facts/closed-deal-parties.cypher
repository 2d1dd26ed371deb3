// The contacts a deal is made with, if it is closed: their trees are locked so that its revenue is
// credited to the ancestors it has when the transaction commits.
MATCH (d:Deal {id: $dealId})
WHERE d.stage = 'CLOSED'
MATCH (d)<-[:PARTY_TO]-(c:Contact)
RETURN collect(c.id) AS ids
