// What a task may point at: a team agent, a contact (not erased) and a deal; each null if absent.
OPTIONAL MATCH (a:Agent {id: $assigneeId})
OPTIONAL MATCH (c:Contact {id: $contactId})
OPTIONAL MATCH (d:Deal {id: $dealId})
RETURN a.kind AS assigneeKind, c IS NOT NULL AS contactFound, c.erasedAt IS NOT NULL AS contactErased,
       d IS NOT NULL AS dealFound
