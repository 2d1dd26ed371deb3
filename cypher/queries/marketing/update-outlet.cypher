MATCH (o:MediaOutlet {id: $id})-[:OF_TYPE]->(t:MediaType)
SET o += $props, o.updatedAt = datetime()
RETURN o {.*, mediaTypeId: t.id} AS outlet
