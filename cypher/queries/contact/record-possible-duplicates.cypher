// Pairs that share an e-mail or a phone but not a compatible name: kept apart, and recorded for a
// person to review (Contact.possibleDuplicates). Recording a pair twice keeps one relationship.
UNWIND $pairs AS pair
MATCH (a:Contact {id: pair.contactId}), (b:Contact {id: pair.otherId})
MERGE (a)-[d:POSSIBLE_DUPLICATE]->(b)
  ON CREATE SET d.reason = pair.reason, d.recordedAt = $now
