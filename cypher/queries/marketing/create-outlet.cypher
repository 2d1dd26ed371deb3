MATCH (t:MediaType {id: $mediaTypeId})
CREATE (o:MediaOutlet {id: $id, name: $name, website: $website, notes: $notes, active: true, createdAt: datetime()})
CREATE (o)-[:OF_TYPE]->(t)
RETURN o {.*, mediaTypeId: t.id} AS outlet
