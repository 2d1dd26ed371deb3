// The contacts a deal is made with, and whether it is closed (read only): a closing deal's parties'
// trees are locked, so that its revenue is credited to the ancestors it has when the transaction commits.
MATCH (d:Deal {id: $dealId})
RETURN COLLECT { MATCH (d)<-[:PARTY_TO]-(c:Contact) RETURN c.id } AS ids, coalesce(d.stage = 'CLOSED', false) AS closed
