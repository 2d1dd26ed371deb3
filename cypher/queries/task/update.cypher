// A null in $props removes the property.
MATCH (t:Task {id: $id})
SET t += $props, t.version = t.version + 1
RETURN t {.*} AS task
