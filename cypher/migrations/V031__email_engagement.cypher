// E-mail engagement: a message to a contact sent with tracking has a token its open pixel and its
// links carry (see mail/TrackedHtml); the endpoints find the message by it.
CREATE INDEX outbox_tracking_token IF NOT EXISTS FOR (m:OutboxMessage) ON (m.trackingToken);
