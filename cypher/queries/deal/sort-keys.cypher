UNWIND $ids AS id
MATCH (d:Deal {id: id})
RETURN d.id AS id, d.createdKey AS k
