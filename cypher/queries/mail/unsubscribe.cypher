// One-click unsubscribe by the token of a link; idempotent (the first date stays).
MATCH (c:Contact {unsubscribeToken: $token})
SET c.emailOptOutAt = coalesce(c.emailOptOutAt, datetime())
RETURN c.id AS id
