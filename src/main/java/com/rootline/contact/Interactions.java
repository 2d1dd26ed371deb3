package com.rootline.contact;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.facts.ContactsChanged;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs an entry in a contact's interaction log, in the caller's transaction: {@code logInteraction}
 * and a completed task both come here, so that the touch facts ({@link ContactsChanged}) and
 * {@code lastContactedAt} are kept in one place.
 */
@Component
public class Interactions {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactReader reader;

	private final ApplicationEventPublisher events;

	Interactions(Neo4jClient neo4j, CypherQueries queries, ContactReader reader, ApplicationEventPublisher events) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.reader = reader;
		this.events = events;
	}

	/** What to log: {@code occurredAt} null means now; {@code direction} may be null. */
	public record Entry(String contactId, Interaction.Kind kind, Interaction.Direction direction,
			OffsetDateTime occurredAt, String summary) {
	}

	/**
	 * @throws UserErrorsException REQUIRED or TOO_LONG summary, INVALID future time (field names as
	 *     in {@code LogInteractionInput}), NOT_FOUND or ERASED contact
	 */
	@Transactional
	public Interaction log(Entry entry) {
		Problems problems = new Problems();
		if (entry.summary() == null || entry.summary().isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "An interaction needs a summary", "summary");
		}
		problems.maxLength(entry.summary(), 10_000, "summary");
		ZonedDateTime now = ContactService.now();
		ZonedDateTime occurredAt = entry.occurredAt() == null ? now : entry.occurredAt().atZoneSameInstant(ZoneOffset.UTC);
		if (occurredAt.isAfter(now.plusDays(1))) {
			problems.add(UserErrorCode.INVALID, "An interaction cannot lie in the future", "occurredAt");
		}
		problems.throwIfAny();
		Contact contact = reader.find(entry.contactId())
			.orElseThrow(() -> new UserErrorsException(
					UserError.of(UserErrorCode.NOT_FOUND, "No contact " + entry.contactId(), "contactId")));
		if (contact.erased()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.ERASED, "The contact was erased", "contactId"));
		}
		String id = UUID.randomUUID().toString();
		Map<String, Object> params = new HashMap<>();
		params.put("contactId", entry.contactId());
		params.put("id", id);
		params.put("kind", entry.kind().name());
		params.put("direction", entry.direction() == null ? null : entry.direction().name());
		params.put("occurredAt", occurredAt);
		params.put("summary", entry.summary().strip());
		params.put("touch", entry.kind().touch());
		params.put("loggedBy", Callers.currentName());
		// The agent behind the caller, for activity reports; null for tokens without one and for the system.
		params.put("agentId", Callers.current().map(c -> c.agentId()).orElse(null));
		params.put("now", now);
		params.put("contactedKey", ContactRules.newestFirstKey(occurredAt.toInstant(), entry.contactId()));
		record Logged(Interaction interaction, String contactElementId) {
		}
		Logged logged = neo4j.query(queries.get("contact/log-interaction"))
			.bindAll(params)
			.fetchAs(Logged.class)
			.mappedBy((t, r) -> new Logged(Statements.row(r.get("interaction")::get, Interaction.class),
					r.get("contact").asString()))
			.one()
			.orElseThrow();
		events.publishEvent(ContactsChanged.elementIds(ContactsChanged.Change.TOUCHED, List.of(logged.contactElementId())));
		return logged.interaction();
	}

}
