MATCH (f:CalendarFeed {id: $id})
DETACH DELETE f
RETURN $id AS id
