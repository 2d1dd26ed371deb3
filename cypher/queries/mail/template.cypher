MATCH (t:EmailTemplate {id: $id})
RETURN t {.*} AS template
