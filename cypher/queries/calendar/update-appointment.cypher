// Replaces the appointment's fields and attendees; the caller compares previousVersion.
MATCH (a:Appointment {id: $id})
SET a.lockedBy = $txId
REMOVE a.lockedBy
WITH a, a.version AS previousVersion
SET a.title = $title, a.startsAt = $startsAt, a.endsAt = $endsAt, a.location = $location, a.notes = $notes,
    a.rrule = $rrule, a.lastEndsAt = $lastEndsAt, a.version = a.version + 1
WITH a, previousVersion
CALL (a) {
  MATCH (a)<-[r:ATTENDS]-()
  DELETE r
}
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
WITH a, previousVersion
RETURN previousVersion, a {.*,
  agentIds: COLLECT { MATCH (x:Agent)-[:ATTENDS]->(a) RETURN x.id ORDER BY x.id },
  contactIds: COLLECT { MATCH (x:Contact)-[:ATTENDS]->(a) RETURN x.id ORDER BY x.id }
} AS appointment
