// One chunk of a saved plan's lines; recipients are kept by id so that erasure shows through.
MATCH (p:GiftPlan {id: $planId})
UNWIND $lines AS line
CREATE (p)-[:HAS_LINE]->(l:GiftLine)
SET l = line
