CREATE (t:EmailTemplate {id: $id, version: 1})
SET t += $props
RETURN t {.*} AS template
