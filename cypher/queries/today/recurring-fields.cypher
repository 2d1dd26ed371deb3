MATCH (f:CustomFieldDefinition)
WHERE f.recurring AND f.type = 'DATE'
RETURN f.key AS key, f.label AS label
ORDER BY f.key
