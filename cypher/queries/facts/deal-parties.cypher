// The contacts a deal is made with (read only: see closed-deal-parties.cypher).
MATCH (:Deal {id: $dealId})<-[:PARTY_TO]-(c:Contact)
RETURN collect(c.id) AS ids
