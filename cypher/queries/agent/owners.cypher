UNWIND $contactIds AS contactId
MATCH (a:Agent)-[:OWNS]->(:Contact {id: contactId})
RETURN contactId, a {.*} AS agent
