MATCH (f:CustomFieldDefinition)
RETURN f.key AS key, f.label AS label, f.type AS type, coalesce(f.options, []) AS options
ORDER BY f.key
