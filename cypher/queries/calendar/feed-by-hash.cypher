// The agent a feed secret belongs to; the read time is kept at most once an hour, so that polling
// calendar apps do not write on every request.
MATCH (f:CalendarFeed {hash: $hash})
CALL (f) {
  WITH f WHERE f.lastReadAt IS NULL OR f.lastReadAt < datetime() - duration({hours: 1})
  SET f.lastReadAt = datetime()
}
RETURN f.agentId AS agentId
