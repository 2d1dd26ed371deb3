MATCH (a:Appointment {id: $id})
DETACH DELETE a
RETURN $id AS id
