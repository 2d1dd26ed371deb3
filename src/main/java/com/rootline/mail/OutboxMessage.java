package com.rootline.mail;

import java.time.ZonedDateTime;

/**
 * One e-mail in the outbox, as the API shows it, in its parts (read by {@code mail/_message}). The
 * schema's flat fields are accessors over the parts.
 */
public record OutboxMessage(String id, String messageId, Kind kind, Status status, Envelope envelope,
		MergeFields.Rendered content, About about, Delivery delivery, Engagement engagement) {

	/** Who it goes to, and whose name is on From (and whose address answers go to). */
	public record Envelope(String toAddress, String toName, String fromName, String replyTo) {
	}

	/** Whom and what it concerns: the contact it goes to, the agent it is from, its campaign or deal. */
	public record About(String contactId, String agentId, String campaignId, String dealId) {
	}

	/** Its way out: attempts so far, the last failure, when it was written, is next tried and was sent. */
	public record Delivery(int attempts, String lastError, ZonedDateTime createdAt, ZonedDateTime nextAttemptAt,
			ZonedDateTime sentAt, String createdBy) {
	}

	/**
	 * Whether the recipient opened the message and followed its links, as far as tracking can tell
	 * (see {@link TrackedHtml}): only HTML messages to contacts are tracked.
	 */
	public record Engagement(boolean tracked, ZonedDateTime openedAt, int opens, ZonedDateTime clickedAt, int clicks) {
	}

	public enum Kind {

		LEAD_WELCOME, LEAD_NOTIFICATION, CAMPAIGN, STAGE_PROMPT, TEST

	}

	/**
	 * DRAFT waits for its agent ({@code sendDraft}); QUEUED waits for the sender; SENDING is claimed
	 * by a sender under a lease; SUPPRESSED was not sent because the recipient may no longer receive
	 * it; FAILED was refused by the server or ran out of attempts.
	 */
	public enum Status {

		DRAFT, QUEUED, SENDING, SENT, FAILED, SUPPRESSED, CANCELLED

	}

	/** A statement's row with a message, as {@code mail/_message} reads it, in its {@code message} column. */
	record Row(OutboxMessage message) {
	}

	public String toAddress() {
		return envelope.toAddress();
	}

	public String toName() {
		return envelope.toName();
	}

	public String fromName() {
		return envelope.fromName();
	}

	public String replyTo() {
		return envelope.replyTo();
	}

	public String subject() {
		return content.subject();
	}

	public String text() {
		return content.text();
	}

	public String html() {
		return content.html();
	}

	public String contactId() {
		return about.contactId();
	}

	public String agentId() {
		return about.agentId();
	}

	public String campaignId() {
		return about.campaignId();
	}

	public String dealId() {
		return about.dealId();
	}

	public int attempts() {
		return delivery.attempts();
	}

	public String lastError() {
		return delivery.lastError();
	}

	public ZonedDateTime createdAt() {
		return delivery.createdAt();
	}

	public ZonedDateTime nextAttemptAt() {
		return delivery.nextAttemptAt();
	}

	public ZonedDateTime sentAt() {
		return delivery.sentAt();
	}

	public String createdBy() {
		return delivery.createdBy();
	}

}
