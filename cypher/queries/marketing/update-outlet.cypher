// A change to an outlet: a text not given is kept, one given blank (null here) is removed.
MATCH (o:MediaOutlet {id: $id})-[:OF_TYPE]->(t:MediaType)
SET o.name = $name,
    o.website = CASE WHEN $setWebsite THEN $website ELSE o.website END,
    o.notes = CASE WHEN $setNotes THEN $notes ELSE o.notes END,
    o.active = coalesce($active, o.active),
    o.updatedAt = datetime()
RETURN o {.*, mediaTypeId: t.id} AS outlet
