CREATE (a:Appointment {id: $id})
SET a += $props, a.version = 1, a.createdAt = datetime(), a.createdBy = $by
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
