// What an import adds besides the record: the importing agent as owner of new contacts, and the
// file's notes as NOTE entries, once: a re-import with UPDATE does not repeat a note the contact
// already has. Notes are not contact with the person, so lastContactedAt stays.
UNWIND $rows AS row
MATCH (c:Contact {id: row.id})
CALL (c, row) {
  WITH c, row WHERE row.owner IS NOT NULL AND NOT EXISTS { (:Agent)-[:OWNS]->(c) }
  MATCH (a:Agent {id: row.owner})
  CREATE (a)-[:OWNS {since: $now}]->(c)
}
CALL (c, row) {
  WITH c, row WHERE row.note IS NOT NULL
    AND NOT EXISTS { (c)-[:HAD]->(:Interaction {kind: 'NOTE', summary: row.note}) }
  CREATE (c)-[:HAD]->(:Interaction {id: randomUUID(), contactId: c.id, kind: 'NOTE', occurredAt: $now,
                                    summary: row.note, loggedBy: $by, loggedAt: $now})
}
