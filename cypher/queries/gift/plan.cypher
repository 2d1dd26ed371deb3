MATCH (p:GiftPlan {id: $id})
RETURN p {.*, lines: COLLECT { MATCH (p)-[:HAS_LINE]->(l:GiftLine) RETURN l {.*} ORDER BY l.rank }} AS plan
