/**
 * E-mail: templates with merge fields, the transactional outbox and the worker that sends it
 * through SMTP. A message is written to the outbox in the transaction of the change that caused it
 * (a lead, a campaign step, a stage prompt) and sent after commit by whichever instance claims it
 * with a lease, so a rolled-back change sends nothing and a crash after commit loses nothing.
 * <p>
 * Graph shape: {@code (:EmailTemplate {name, subject, text, html})}, {@code (:OutboxMessage {status,
 * messageId, ...})} with {@code contactId} and {@code campaignId} as properties, and on contacts the
 * e-mail permissions {@code emailConsentAt}, {@code emailOptOutAt}, {@code emailBouncedAt} and the
 * {@code unsubscribeToken} their links carry.
 */
package com.rootline.mail;
