MATCH (d:CustomFieldDefinition)
RETURN d.key AS key
ORDER BY key
