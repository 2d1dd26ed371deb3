// Records use at most once a minute, so that a busy token does not turn every read into a write.
MATCH (t:ApiToken {id: $id})
WHERE t.lastUsedAt IS NULL OR t.lastUsedAt < datetime() - duration('PT1M')
SET t.lastUsedAt = datetime()
