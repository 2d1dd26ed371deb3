// From one status to another (a FAILED retry or a DRAFT sent go to QUEUED, a discarded DRAFT to
// CANCELLED), under the message's lock, so two clicks act once. `changed` is false when the
// message was in another status.
MATCH (m:OutboxMessage {id: $id})
SET m.claimLock = true
REMOVE m.claimLock
WITH m, m.status = $from AS changed
CALL (m, changed) {
  WITH m WHERE changed
  SET m.subject = coalesce($subject, m.subject),
      // An edited text replaces the HTML part, which was rendered from the template's text.
      m.text = CASE WHEN $text IS NULL THEN m.text ELSE $text END,
      m.html = CASE WHEN $text IS NULL THEN m.html END,
      m.status = $to, m.attempts = 0, m.nextAttemptAt = datetime(), m.lastError = null, m.changedBy = $by
}
RETURN changed,
// @include mail/_message
  AS message
