// What kind of party each id names: a contact, an agent (with its kind), an outlet, or nothing.
UNWIND $ids AS id
OPTIONAL MATCH (c:Contact {id: id})
OPTIONAL MATCH (a:Agent {id: id})
OPTIONAL MATCH (o:MediaOutlet {id: id})
RETURN id,
       CASE WHEN c IS NOT NULL THEN 'Contact' WHEN a IS NOT NULL THEN 'Agent' WHEN o IS NOT NULL THEN 'MediaOutlet' END AS kind,
       a.kind AS agentKind,
       c.erasedAt IS NOT NULL AS erased
