package com.rootline.mail;

import java.time.ZonedDateTime;
import java.util.Map;

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

		static Engagement of(Map<String, Object> m) {
			return new Engagement(m.get("trackingToken") != null, (ZonedDateTime) m.get("openedAt"),
					((Long) m.getOrDefault("opens", 0L)).intValue(), (ZonedDateTime) m.get("clickedAt"),
					((Long) m.getOrDefault("clicks", 0L)).intValue());
		}

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

	static OutboxMessage of(Map<String, Object> m) {
		return new OutboxMessage((String) m.get("id"), (String) m.get("messageId"), Kind.valueOf((String) m.get("kind")),
				Status.valueOf((String) m.get("status")), (String) m.get("toAddress"), (String) m.get("toName"),
				(String) m.get("fromName"), (String) m.get("replyTo"), (String) m.get("subject"), (String) m.get("text"),
				(String) m.get("html"), (String) m.get("contactId"), (String) m.get("agentId"),
				(String) m.get("campaignId"), (String) m.get("dealId"), ((Long) m.getOrDefault("attempts", 0L)).intValue(),
				(String) m.get("lastError"), (ZonedDateTime) m.get("createdAt"), (ZonedDateTime) m.get("nextAttemptAt"),
				(ZonedDateTime) m.get("sentAt"), (String) m.get("createdBy"), Engagement.of(m));
	}

}
