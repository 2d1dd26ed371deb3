// Every party's number of current descendants (up to 20 levels: the sum of its level counters,
// which shift-level-counts.cypher and recount-level-counts.cypher keep with it), indexed, so that
// the all-time leaderboard by referrals reads the top of an index instead of the forest.
CREATE RANGE INDEX contact_descendants IF NOT EXISTS FOR (c:Contact) ON (c.descendants);
CREATE RANGE INDEX agent_descendants IF NOT EXISTS FOR (a:Agent) ON (a.descendants);
MATCH (n) WHERE n.levelCounts IS NOT NULL
SET n.descendants = reduce(s = 0, x IN n.levelCounts | s + x);
