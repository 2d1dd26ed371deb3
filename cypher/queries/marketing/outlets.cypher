MATCH (o:MediaOutlet)-[:OF_TYPE]->(t:MediaType)
WHERE ($mediaTypeId IS NULL OR t.id = $mediaTypeId)
  AND ($search IS NULL OR toLower(o.name) CONTAINS $search)
RETURN o {.*, mediaTypeId: t.id} AS outlet
ORDER BY toLower(o.name), o.id
