// Origins to link once every row is in: a referrer may be defined later in the same file.
MATCH (j:ImportJob {id: $id})
UNWIND $links AS l
CREATE (j)-[:PENDING_LINK]->(:ImportLink {line: l.line, contactId: l.contactId, referrer: l.referrer, on: l.on})
