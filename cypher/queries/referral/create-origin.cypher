CALL () {
  MATCH (p:Contact {id: $referrerId}) RETURN p
  UNION
  MATCH (p:Agent {id: $referrerId}) RETURN p
  UNION
  MATCH (p:MediaOutlet {id: $referrerId}) RETURN p
}
MATCH (c:Contact {id: $contactId})
CREATE (c)-[r:REFERRED_BY {id: $id, referredOn: $referredOn, validFrom: $validFrom, note: $note,
                           recordedBy: $by, recordedAt: datetime()}]->(p)
RETURN r.id AS id
