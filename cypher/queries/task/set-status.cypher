// Done (with when, by whom and the interaction it logged) or open again (those three removed).
MATCH (t:Task {id: $id})
SET t.status = $status, t.completedAt = $completedAt, t.completedBy = $completedBy, t.interactionId = $interactionId,
    t.version = t.version + 1
RETURN t {.*} AS task
