// Every stored value of one custom field, to check that a type change can convert them.
MATCH (c:Contact)
WHERE c[$property] IS NOT NULL
RETURN c.id AS id, c[$property] AS value
