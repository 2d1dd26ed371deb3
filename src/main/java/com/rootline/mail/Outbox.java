package com.rootline.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rootline.api.ApiException;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.ErrorCode;
import com.rootline.api.PageRequest;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.data.neo4j.core.Neo4jClient;
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

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final MailSettings settings;

	private final OutboxSender sender;

	Outbox(Neo4jClient neo4j, CypherQueries queries, MailSettings settings, OutboxSender sender) {
		this.neo4j = neo4j;
		this.queries = queries;
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
		List<Map<String, Object>> rows = emails.stream().map(email -> row(email, status)).toList();
		return List.copyOf(neo4j.query(queries.get("mail/outbox-create"))
			.bindAll(Map.of("rows", rows))
			.fetchAs(OutboxMessage.class)
			.mappedBy((t, r) -> OutboxMessage.of(r.get("message")))
			.all());
	}

	private Map<String, Object> row(NewEmail email, OutboxMessage.Status status) {
		String id = UUID.randomUUID().toString();
		Map<String, Object> props = new HashMap<>();
		props.put("messageId", "<" + id + "@" + settings.domain() + ">");
		props.put("kind", email.kind().name());
		props.put("status", status.name());
		props.put("toAddress", email.toAddress());
		props.put("toName", email.toName());
		props.put("contactId", email.contactId());
		props.put("agentId", email.agentId());
		props.put("fromName", email.fromName() == null ? settings.brokerage() : email.fromName());
		props.put("replyTo", email.replyTo());
		props.put("subject", email.content().subject());
		props.put("text", email.content().text());
		props.put("html", email.content().html());
		props.put("campaignId", email.campaignId());
		props.put("dealId", email.dealId());
		props.put("unsubscribeUrl", email.unsubscribeUrl());
		// Engagement is measured on HTML messages to contacts (see TrackedHtml); the token is fixed
		// here so that every attempt sends the same links.
		props.put("trackingToken", settings.trackEngagement() && email.contactId() != null
				&& email.content().html() != null ? UUID.randomUUID().toString() : null);
		props.put("createdBy", Callers.currentName());
		return Map.of("id", id, "props", props);
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	Connection<OutboxMessage> page(OutboxFilter filter, PageRequest page) {
		OutboxFilter f = filter == null ? new OutboxFilter(null, null, null, null) : filter;
		Map<String, Object> params = new HashMap<>();
		params.put("status", f.status() == null ? null : f.status().name());
		params.put("kind", f.kind() == null ? null : f.kind().name());
		params.put("contactId", f.contactId());
		params.put("campaignId", f.campaignId());
		params.put("anchor", f.contactId() != null ? "contact" : f.campaignId() != null ? "campaign"
				: f.status() != null ? "status" : "all");
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.fetchSize());
		pageParams.put("beforeCreated", null);
		pageParams.put("beforeId", null);
		if (page.after() != null) {
			List<String> keys = Cursors.decode(page.after(), 2);
			try {
				pageParams.put("beforeCreated", java.time.ZonedDateTime.parse(keys.get(0)));
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new ApiException(ErrorCode.VALIDATION_FAILED, "after: not a cursor of the outbox");
			}
			pageParams.put("beforeId", keys.get(1));
		}
		List<OutboxMessage> rows = List.copyOf(neo4j.query(queries.get("mail/outbox-page"))
			.bindAll(pageParams)
			.fetchAs(OutboxMessage.class)
			.mappedBy((t, r) -> OutboxMessage.of(r.get("message")))
			.all());
		return Connection.of(rows, page, m -> Cursors.encode(m.createdAt().toString(), m.id()),
				() -> neo4j.query(queries.get("mail/outbox-count")).bindAll(params).fetchAs(Long.class).one().orElse(0L));
	}

	/** A FAILED message goes back to the queue with fresh attempts (BROKER). */
	@Transactional
	OutboxMessage retry(String id) {
		return transition(id, OutboxMessage.Status.FAILED, OutboxMessage.Status.QUEUED, Map.of(),
				"Only a FAILED message can be retried");
	}

	/** The agent's reviewed draft, with their edits to subject and text, goes to the queue. */
	@Transactional
	OutboxMessage sendDraft(String id, String subject, String text) {
		Map<String, Object> edits = new HashMap<>();
		com.rootline.api.Problems problems = new com.rootline.api.Problems();
		if (subject != null) {
			if (subject.isBlank()) {
				problems.add(UserErrorCode.REQUIRED, "A message needs a subject", "subject");
			}
			problems.maxLength(subject, 300, "subject");
			edits.put("subject", subject.strip().replaceAll("[\\r\\n]+", " "));
		}
		if (text != null) {
			if (text.isBlank()) {
				problems.add(UserErrorCode.REQUIRED, "A message needs a text", "text");
			}
			problems.maxLength(text, 100_000, "text");
			edits.put("text", text);
			// The HTML part was rendered from the template's text, so an edited text replaces it.
			edits.put("html", null);
		}
		problems.throwIfAny();
		return transition(id, OutboxMessage.Status.DRAFT, OutboxMessage.Status.QUEUED, edits,
				"Only a DRAFT can be sent this way");
	}

	@Transactional
	OutboxMessage discardDraft(String id) {
		return transition(id, OutboxMessage.Status.DRAFT, OutboxMessage.Status.CANCELLED, Map.of(),
				"Only a DRAFT can be discarded");
	}

	private OutboxMessage transition(String id, OutboxMessage.Status from, OutboxMessage.Status to,
			Map<String, Object> edits, String refusal) {
		Transition transition = new Transition(id, from, to, edits, Callers.currentName());
		Moved moved = neo4j.query(queries.get("mail/outbox-transition"))
			.bindAll(Statements.parameters(transition))
			.fetchAs(Moved.class)
			.mappedBy((t, r) -> new Moved(r.get("changed").asBoolean(), OutboxMessage.of(r.get("message"))))
			.one()
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

	private record Transition(String id, OutboxMessage.Status from, OutboxMessage.Status to, Map<String, Object> edits,
			String by) {
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
