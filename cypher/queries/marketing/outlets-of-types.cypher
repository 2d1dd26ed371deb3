UNWIND $typeIds AS typeId
MATCH (o:MediaOutlet)-[:OF_TYPE]->(:MediaType {id: typeId})
RETURN typeId, o {.*, mediaTypeId: typeId} AS outlet
ORDER BY toLower(o.name)
