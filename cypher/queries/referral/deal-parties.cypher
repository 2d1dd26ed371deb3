// The contacts a deal is made with.
MATCH (:Deal {id: $dealId})<-[:PARTY_TO]-(c:Contact)
RETURN collect(c.id) AS ids
