MATCH (t:ContactType)
RETURN t.name AS name
ORDER BY name
