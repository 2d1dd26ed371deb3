/**
 * Campaigns: one CAMPAIGN template to a segment (a contacts filter). A preview gives the exact
 * recipient count and the message as the first recipient gets it; a start must confirm that count,
 * and freezes the recipients in the same transaction. A runner on any instance then claims the
 * campaign with a lease and hands recipients to the outbox at the configured rate, each recipient
 * marked in the transaction that queues their message, so a crash or a takeover never sends twice.
 * <p>
 * Graph shape: {@code (:Campaign {status, segment, templateId})},
 * {@code (:CampaignRecipient {key: campaignId|contactId, status: PENDING|QUEUED|CANCELLED})}; the
 * messages are the outbox's, with {@code campaignId}.
 */
package com.rootline.campaign;
