package com.rootline.contact;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.facts.ContactsChanged;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs an entry in a contact's interaction log, in the caller's transaction: {@code logInteraction}
 * and a completed task both come here, so that the touch facts ({@link ContactsChanged}) and
 * {@code lastContactedAt} are kept in one place.
 */
@Component
public class Interactions {

	private final Statements statements;

	private final ContactReader reader;

	private final ApplicationEventPublisher events;

	Interactions(Statements statements, ContactReader reader, ApplicationEventPublisher events) {
		this.statements = statements;
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
		// agentId: the agent behind the caller, for activity reports; null for tokens without one and for the system.
		Logging logging = new Logging(entry.contactId(), UUID.randomUUID().toString(), entry.kind(), entry.direction(),
				occurredAt, entry.summary().strip(), entry.kind().touch(), Callers.currentName(),
				Callers.current().map(c -> c.agentId()).orElse(null), now,
				ContactRules.newestFirstKey(occurredAt.toInstant(), entry.contactId()));
		Logged logged = statements.one("contact/log-interaction", logging, Logged.class).orElseThrow();
		events.publishEvent(ContactsChanged.elementIds(ContactsChanged.Change.TOUCHED, List.of(logged.contact())));
		return logged.interaction();
	}

	/** An entry to log; {@code touch}: whether it counts as contact with the person. */
	private record Logging(String contactId, String id, Interaction.Kind kind, Interaction.Direction direction,
			ZonedDateTime occurredAt, String summary, boolean touch, String loggedBy, String agentId, ZonedDateTime now,
			String contactedKey) {
	}

	/** The entry as stored, and the element id of its contact ({@code contact}). */
	private record Logged(Interaction interaction, String contact) {
	}

}
