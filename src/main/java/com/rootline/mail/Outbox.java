package com.rootline.mail;

import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import com.rootline.api.ApiException;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.ErrorCode;
import com.rootline.api.PageRequest;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: a message is written in the caller's transaction, beside the change
 * that caused it, and the sender is woken only after that transaction commits. Its Message-ID is
 * fixed here, once, so every attempt to send it is the same message to the receiving servers.
 */
@Component
public class Outbox {

	private final Statements statements;

	private final MailSettings settings;

	private final OutboxSender sender;

	Outbox(Statements statements, MailSettings settings, OutboxSender sender) {
		this.statements = statements;
		this.settings = settings;
		this.sender = sender;
	}

	record OutboxFilter(OutboxMessage.Status status, OutboxMessage.Kind kind, String contactId, String campaignId) {
	}

	/** Queues a message in the caller's transaction; it is sent after commit. */
	@Transactional
	public OutboxMessage queue(NewEmail email) {
		return queueAll(List.of(email)).getFirst();
	}

	/** Queues messages in the caller's transaction with one statement (a campaign's batch), in order. */
	@Transactional
	public List<OutboxMessage> queueAll(List<NewEmail> emails) {
		List<OutboxMessage> messages = write(emails, OutboxMessage.Status.QUEUED);
		wakeSenderAfterCommit();
		return messages;
	}

	/** Writes a message the agent reviews and sends with {@code sendDraft}. */
	@Transactional
	public OutboxMessage draft(NewEmail email) {
		return write(List.of(email), OutboxMessage.Status.DRAFT).getFirst();
	}

	private List<OutboxMessage> write(List<NewEmail> emails, OutboxMessage.Status status) {
		List<NewMessage> rows = emails.stream().map(email -> row(email, status)).toList();
		return statements.all("mail/outbox-create", new NewMessages(rows), OutboxMessage.Row.class)
			.stream()
			.map(OutboxMessage.Row::message)
			.toList();
	}

	/** A message as {@code mail/outbox-create} writes it: its parts' fields are the node's properties. */
	private record NewMessage(String id, String messageId, OutboxMessage.Kind kind, OutboxMessage.Status status,
			Envelope envelope, String subject, String text, String html, About about, String unsubscribeUrl,
			String trackingToken, String createdBy) {
	}

	private record Envelope(String toAddress, String toName, String fromName, String replyTo) implements Statements.Inline {
	}

	private record About(String contactId, String agentId, String campaignId, String dealId) implements Statements.Inline {
	}

	private record NewMessages(List<NewMessage> rows) {
	}

	private NewMessage row(NewEmail email, OutboxMessage.Status status) {
		String id = UUID.randomUUID().toString();
		// Engagement is measured on HTML messages to contacts (see TrackedHtml); the token is fixed
		// here so that every attempt sends the same links.
		String trackingToken = settings.trackEngagement() && email.contactId() != null && email.content().html() != null
				? UUID.randomUUID().toString() : null;
		return new NewMessage(id, "<" + id + "@" + settings.domain() + ">", email.kind(), status,
				new Envelope(email.toAddress(), email.toName(),
						email.fromName() == null ? settings.brokerage() : email.fromName(), email.replyTo()),
				email.content().subject(), email.content().text(), email.content().html(),
				new About(email.contactId(), email.agentId(), email.campaignId(), email.dealId()), email.unsubscribeUrl(),
				trackingToken, Callers.currentName());
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	Connection<OutboxMessage> page(OutboxFilter filter, PageRequest page) {
		OutboxFilter f = filter == null ? new OutboxFilter(null, null, null, null) : filter;
		Criteria criteria = new Criteria(f.status(), f.kind(), f.contactId(), f.campaignId(),
				f.contactId() != null ? "contact" : f.campaignId() != null ? "campaign" : f.status() != null ? "status" : "all");
		ZonedDateTime beforeCreated = null;
		String beforeId = null;
		if (page.after() != null) {
			List<String> keys = Cursors.decode(page.after(), 2);
			try {
				beforeCreated = ZonedDateTime.parse(keys.get(0));
			}
			catch (DateTimeParseException ex) {
				throw new ApiException(ErrorCode.VALIDATION_FAILED, "after: not a cursor of the outbox");
			}
			beforeId = keys.get(1);
		}
		List<OutboxMessage> rows = statements
			.all("mail/outbox-page", new Page(criteria, page.fetchSize(), beforeCreated, beforeId), OutboxMessage.Row.class)
			.stream()
			.map(OutboxMessage.Row::message)
			.toList();
		return Connection.of(rows, page, m -> Cursors.encode(m.createdAt().toString(), m.id()),
				() -> statements.one("mail/outbox-count", criteria, Count.class).map(Count::count).orElse(0L));
	}

	/** An outbox filter as the parameters of {@code mail/_outbox-filter}; {@code anchor} names its index. */
	private record Criteria(OutboxMessage.Status status, OutboxMessage.Kind kind, String contactId, String campaignId,
			String anchor) implements Statements.Inline {
	}

	private record Page(Criteria criteria, int limit, ZonedDateTime beforeCreated, String beforeId) {
	}

	private record Count(long count) {
	}

	/** A FAILED message goes back to the queue with fresh attempts (BROKER). */
	@Transactional
	OutboxMessage retry(String id) {
		return transition(id, OutboxMessage.Status.FAILED, OutboxMessage.Status.QUEUED, null, null,
				"Only a FAILED message can be retried");
	}

	/** The agent's reviewed draft, with their edits to subject and text, goes to the queue. */
	@Transactional
	OutboxMessage sendDraft(String id, String subject, String text) {
		com.rootline.api.Problems problems = new com.rootline.api.Problems();
		if (subject != null) {
			if (subject.isBlank()) {
				problems.add(UserErrorCode.REQUIRED, "A message needs a subject", "subject");
			}
			problems.maxLength(subject, 300, "subject");
		}
		if (text != null) {
			if (text.isBlank()) {
				problems.add(UserErrorCode.REQUIRED, "A message needs a text", "text");
			}
			problems.maxLength(text, 100_000, "text");
		}
		problems.throwIfAny();
		return transition(id, OutboxMessage.Status.DRAFT, OutboxMessage.Status.QUEUED,
				subject == null ? null : subject.strip().replaceAll("[\\r\\n]+", " "), text,
				"Only a DRAFT can be sent this way");
	}

	@Transactional
	OutboxMessage discardDraft(String id) {
		return transition(id, OutboxMessage.Status.DRAFT, OutboxMessage.Status.CANCELLED, null, null,
				"Only a DRAFT can be discarded");
	}

	/** Moves a message from one status to another; a draft sent may come with a new subject or text (null: kept). */
	private OutboxMessage transition(String id, OutboxMessage.Status from, OutboxMessage.Status to, String subject,
			String text, String refusal) {
		Transition transition = new Transition(id, from, to, subject, text, Callers.currentName());
		Moved moved = statements.one("mail/outbox-transition", transition, Moved.class)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No outbox message " + id, "id")));
		if (!moved.changed()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.WRONG_STATUS,
					refusal + "; this one is " + moved.message().status(), "id"));
		}
		if (to == OutboxMessage.Status.QUEUED) {
			wakeSenderAfterCommit();
		}
		return moved.message();
	}

	private record Transition(String id, OutboxMessage.Status from, OutboxMessage.Status to, String subject,
			String text, String by) {
	}

	private record Moved(boolean changed, OutboxMessage message) {
	}

	private void wakeSenderAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sender.wake();
				}
			});
		}
	}

}
