MATCH (t:Task) WHERE t.id IN $ids
RETURN t {.*} AS task
