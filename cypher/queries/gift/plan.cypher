// A saved plan: its header, and its lines in rank order.
MATCH (p:GiftPlan {id: $id})
RETURN p {.*} AS plan, COLLECT { MATCH (p)-[:HAS_LINE]->(l:GiftLine) RETURN l {.*} ORDER BY l.rank } AS lines
