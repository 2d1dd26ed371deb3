// A batch of due messages for one sender: queued ones whose time has come, and ones a sender
// claimed and then stopped renewing (it died). Each is locked and checked again, so that two
// senders never claim one message. The recipient's permissions are checked once more here: a
// contact erased, bounced or set to do-not-contact since, and for campaigns one who unsubscribed,
// withdrew consent or was archived, is SUPPRESSED instead of sent to.
CALL () {
  MATCH (m:OutboxMessage {status: 'QUEUED'}) WHERE m.nextAttemptAt <= datetime()
  RETURN m
  UNION
  MATCH (m:OutboxMessage {status: 'SENDING'}) WHERE m.leaseUntil < datetime()
  RETURN m
}
WITH m ORDER BY m.nextAttemptAt, m.id LIMIT $batch
SET m.claimLock = true
REMOVE m.claimLock
WITH m
WHERE (m.status = 'QUEUED' AND m.nextAttemptAt <= datetime()) OR (m.status = 'SENDING' AND m.leaseUntil < datetime())
OPTIONAL MATCH (c:Contact {id: m.contactId})
WITH m, m.contactId IS NOT NULL AND (c IS NULL OR c:Erased OR c.emailBouncedAt IS NOT NULL OR c.doNotContactAt IS NOT NULL
     OR (m.kind = 'CAMPAIGN' AND (c:Archived OR c.emailConsentAt IS NULL OR c.emailOptOutAt IS NOT NULL))) AS suppressed
SET m.status = CASE WHEN suppressed THEN 'SUPPRESSED' ELSE 'SENDING' END,
    m.leaseOwner = CASE WHEN suppressed THEN null ELSE $owner END,
    m.leaseUntil = CASE WHEN suppressed THEN null ELSE datetime() + duration({seconds: $leaseSeconds}) END,
    m.attempts = m.attempts + CASE WHEN suppressed THEN 0 ELSE 1 END,
    m.lastError = CASE WHEN suppressed THEN 'Not sent: the recipient may no longer receive this e-mail' ELSE m.lastError END
WITH m WHERE NOT suppressed
RETURN m {.id, .messageId, .attempts,
          envelope: {fromName: m.fromName, replyTo: m.replyTo, toAddress: m.toAddress, toName: m.toName, subject: m.subject},
          body: {text: m.text, html: m.html, unsubscribeUrl: m.unsubscribeUrl, trackingToken: m.trackingToken}} AS message
