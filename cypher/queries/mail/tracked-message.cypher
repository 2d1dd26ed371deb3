// The message a tracking token belongs to, with what its click endpoint needs to find a link again.
MATCH (m:OutboxMessage {trackingToken: $token})
RETURN m.html AS html, m.unsubscribeUrl AS unsubscribeUrl
