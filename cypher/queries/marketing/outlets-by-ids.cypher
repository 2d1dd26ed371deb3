UNWIND $ids AS id
MATCH (o:MediaOutlet {id: id})-[:OF_TYPE]->(t:MediaType)
RETURN o {.*, mediaTypeId: t.id} AS outlet
