CREATE (a:Appointment {id: $id})
SET a.title = $title, a.startsAt = $startsAt, a.endsAt = $endsAt, a.location = $location, a.notes = $notes,
    a.rrule = $rrule, a.lastEndsAt = $lastEndsAt, a.version = 1, a.createdAt = datetime(),
    a.createdBy = $by
WITH a
CALL (a) {
  UNWIND $agentIds AS agentId
  MATCH (x:Agent {id: agentId})
  CREATE (x)-[:ATTENDS]->(a)
}
CALL (a) {
  UNWIND $contactIds AS contactId
  MATCH (x:Contact {id: contactId})
  CREATE (x)-[:ATTENDS]->(a)
}
// @include calendar/_return-appointment
