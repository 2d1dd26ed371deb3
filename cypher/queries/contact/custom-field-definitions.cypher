MATCH (f:CustomFieldDefinition)
RETURN f.key AS key, f.label AS label, f.type AS type, coalesce(f.options, []) AS options,
       coalesce(f.recurring, false) AS recurring
ORDER BY f.key
