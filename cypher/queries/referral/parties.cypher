// What kind of party each id names: a contact, an agent (with its kind), or nothing.
UNWIND $ids AS id
OPTIONAL MATCH (c:Contact {id: id})
OPTIONAL MATCH (a:Agent {id: id})
RETURN id,
       CASE WHEN c IS NOT NULL THEN 'Contact' WHEN a IS NOT NULL THEN 'Agent' END AS kind,
       a.kind AS agentKind,
       c.erasedAt IS NOT NULL AS erased
