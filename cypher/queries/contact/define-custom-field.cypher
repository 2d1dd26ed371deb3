MERGE (f:CustomFieldDefinition {key: $key})
ON CREATE SET f.createdAt = datetime()
SET f.label = $label, f.type = $type, f.options = $options, f.recurring = $recurring, f.updatedAt = datetime()
RETURN f.key AS key, f.label AS label, f.type AS type, f.options AS options, f.recurring AS recurring
