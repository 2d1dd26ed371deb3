MATCH (:ImportJob {id: $id})-[:HAS_ERROR]->(e:ImportError)
RETURN e.line AS line, e.column AS column, e.code AS code, e.message AS message
ORDER BY e.line, e.column
