// Consent recorded once (its first date kept); withdrawing it is an unsubscribe, which no later
// consent from a form overrides without the contact's own new consent (see lead/intake).
MATCH (c:Contact {id: $contactId})
WHERE NOT c:Erased
SET c.emailConsentAt = CASE WHEN $consent THEN coalesce(c.emailConsentAt, $now) ELSE null END,
    c.emailOptOutAt = CASE WHEN $consent THEN null ELSE coalesce(c.emailOptOutAt, $now) END
RETURN c.id AS id
