UNWIND $rows AS row
MATCH (c:Contact {id: row.id})
SET c[$property] = row.value
