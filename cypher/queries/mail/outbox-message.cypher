MATCH (m:OutboxMessage {id: $id})
RETURN m {.*} AS message
