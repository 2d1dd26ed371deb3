// Which of the given attendees may attend: team agents, and contacts that are not erased.
RETURN COLLECT { UNWIND $agentIds AS id MATCH (a:Agent {id: id}) WHERE a.kind = 'TEAM' RETURN a.id } AS agents,
       COLLECT { UNWIND $contactIds AS id MATCH (c:Contact {id: id}) WHERE NOT c:Erased RETURN c.id } AS contacts
