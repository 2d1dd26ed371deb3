package com.rootline.mail;

import java.time.ZonedDateTime;
import java.util.Map;

/** One e-mail in the outbox, as the API shows it. */
public record OutboxMessage(String id, String messageId, Kind kind, Status status, String toAddress, String toName,
		String fromName, String replyTo, String subject, String text, String html, String contactId, String agentId,
		String campaignId, String dealId, int attempts, String lastError, ZonedDateTime createdAt,
		ZonedDateTime nextAttemptAt, ZonedDateTime sentAt, String createdBy) {

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
				(ZonedDateTime) m.get("sentAt"), (String) m.get("createdBy"));
	}

}
