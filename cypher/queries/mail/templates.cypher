// Every e-mail template, by name.
MATCH (t:EmailTemplate)
RETURN t {.*} AS template
ORDER BY t.name
