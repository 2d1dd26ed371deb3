// What each interaction counts for in the activity counters (see _interaction-activity.cypher),
// before they are counted again from these keys (recount-activity.cypher).
MATCH (c:Contact)-[:HAD]->(i:Interaction)
CALL (c, i) {
  WITH i, coalesce(i.agentId, COLLECT { MATCH (a:Agent)-[:OWNS]->(c) RETURN a.id AS id ORDER BY id }[0]) AS agentId
  // @include facts/_interaction-activity
  SET i.countedActivity = activity
} IN TRANSACTIONS OF 10000 ROWS
