// Whether contact `c` may receive a campaign now: consent, not unsubscribed, bounced, erased,
// archived or set to do-not-contact. The outbox's sender checks the same again before each message.
c.emailConsentAt IS NOT NULL AND c.emailOptOutAt IS NULL AND c.emailBouncedAt IS NULL
  AND c.doNotContactAt IS NULL AND NOT c:Erased AND NOT c:Archived
  AND EXISTS { (c)-[:HAS_EMAIL]->(:EmailAddress) }
