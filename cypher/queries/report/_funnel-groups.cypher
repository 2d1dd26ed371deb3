// The funnel's entries (outletId, kind, stage, days, n: see facts/_funnel-keys.cypher) with the media
// type of their outlet, for SourceFunnel to group by the dimension asked and read the medians from.
OPTIONAL MATCH (:MediaOutlet {id: outletId})-[:OF_TYPE]->(type:MediaType)
RETURN outletId, type.id AS mediaTypeId, kind, stage, days, n
