// Consent ticked on a web form: recorded unless the contact unsubscribed, which an anonymous form
// cannot undo (anyone may type anyone's address); the contact's own link or an agent can.
MATCH (c:Contact {id: $contactId})
WHERE NOT c:Erased AND c.emailOptOutAt IS NULL
SET c.emailConsentAt = coalesce(c.emailConsentAt, datetime())
RETURN c.id AS id
