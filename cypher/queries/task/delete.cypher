MATCH (t:Task {id: $id})
DETACH DELETE t
