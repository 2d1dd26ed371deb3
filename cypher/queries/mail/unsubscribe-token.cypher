// A contact's unsubscribe token, made the first time a message needs one.
MATCH (c:Contact {id: $contactId})
SET c.unsubscribeToken = coalesce(c.unsubscribeToken, $token)
RETURN c.unsubscribeToken AS token
