package com.rootline.mail;

import java.time.ZonedDateTime;

import com.rootline.graph.Statements;
import org.neo4j.driver.Value;

/** One e-mail in the outbox, as the API shows it. */
public record OutboxMessage(String id, String messageId, Kind kind, Status status, String toAddress, String toName,
		String fromName, String replyTo, String subject, String text, String html, String contactId, String agentId,
		String campaignId, String dealId, int attempts, String lastError, ZonedDateTime createdAt,
		ZonedDateTime nextAttemptAt, ZonedDateTime sentAt, String createdBy, Engagement engagement) {

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

	/** A message from its node's properties ({@code m {.*}}). */
	static OutboxMessage of(Value node) {
		return Statements.row(node::get, Stored.class).message();
	}

	/** The message node; its counters are missing until they first count. */
	private record Stored(String id, String messageId, Kind kind, Status status, String toAddress, String toName,
			String fromName, String replyTo, String subject, String text, String html, String contactId, String agentId,
			String campaignId, String dealId, Long attempts, String lastError, ZonedDateTime createdAt,
			ZonedDateTime nextAttemptAt, ZonedDateTime sentAt, String createdBy, String trackingToken,
			ZonedDateTime openedAt, Long opens, ZonedDateTime clickedAt, Long clicks) {

		OutboxMessage message() {
			return new OutboxMessage(id, messageId, kind, status, toAddress, toName, fromName, replyTo, subject, text,
					html, contactId, agentId, campaignId, dealId, count(attempts), lastError, createdAt, nextAttemptAt,
					sentAt, createdBy,
					new Engagement(trackingToken != null, openedAt, count(opens), clickedAt, count(clicks)));
		}

		private static int count(Long value) {
			return value == null ? 0 : value.intValue();
		}

	}

}
