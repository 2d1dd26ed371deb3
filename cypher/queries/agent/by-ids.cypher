UNWIND $ids AS id
MATCH (a:Agent {id: id})
RETURN a {.*} AS agent
