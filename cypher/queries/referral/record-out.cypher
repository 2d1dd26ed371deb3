MATCH (c:Contact {id: $contactId}), (p:Agent {id: $partnerId})
CREATE (c)-[r:REFERRED_OUT {id: $id, referredOn: $referredOn, note: $note, recordedBy: $by, recordedAt: datetime()}]->(p)
RETURN r.referredOn AS referredOn, r.note AS note
