package com.rootline.calendar;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.TimeZones;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads appointments. A conflict with an attendee's other appointments is a warning in
 * the answer, never a refusal: agents double-book on purpose.
 */
@Service
class Appointments {

	/** How far ahead a series is checked for conflicts. */
	static final Duration CONFLICT_HORIZON = Duration.ofDays(366);

	static final Duration LONGEST = Duration.ofDays(14);

	private final Statements statements;

	Appointments(Statements statements) {
		this.statements = statements;
	}

	record AppointmentInput(String id, Integer expectedVersion, String title, OffsetDateTime startsAt,
			OffsetDateTime endsAt, String timeZone, String location, String notes, String rrule, List<String> agentIds,
			List<String> contactIds) {
	}

	/** An attendee's other appointment that overlaps one of this one's occurrences. */
	record Conflict(String agentId, Occurrences.Occurrence with, ZonedDateTime at) {
	}

	record Saved(Appointment appointment, List<Conflict> conflicts) {
	}

	@Transactional
	Saved create(AppointmentInput input) {
		Create create = new Create(UUID.randomUUID().toString(), checked(input), Callers.currentName(),
				distinct(input.agentIds()), distinct(input.contactIds()));
		Appointment saved = statements.one("calendar/create-appointment", create, Appointment.Stored.class)
			.orElseThrow()
			.appointment();
		return new Saved(saved, conflicts(saved));
	}

	@Transactional
	Saved update(AppointmentInput input) {
		if (findAll(List.of(input.id() == null ? "" : input.id())).isEmpty()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No appointment " + input.id(), "id"));
		}
		Update update = new Update(input.id(), checked(input), UUID.randomUUID().toString(), distinct(input.agentIds()),
				distinct(input.contactIds()));
		Updated updated = statements.one("calendar/update-appointment", update, Updated.class).orElseThrow();
		if (input.expectedVersion() != null && updated.previousVersion() != input.expectedVersion()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.VERSION_CONFLICT, "The appointment is at version "
					+ updated.previousVersion() + ", not " + input.expectedVersion(), "expectedVersion"));
		}
		return new Saved(updated.appointment(), conflicts(updated.appointment()));
	}

	@Transactional
	String cancel(String id) {
		return statements.one("calendar/cancel-appointment", new Id(id == null ? "" : id), Id.class)
			.map(Id::id)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No appointment " + id, "id")));
	}

	@Transactional(readOnly = true)
	Map<String, Appointment> findAll(Collection<String> ids) {
		Map<String, Appointment> found = new LinkedHashMap<>();
		statements.all("calendar/by-ids", new Ids(List.copyOf(ids)), Appointment.Stored.class)
			.forEach(row -> found.put(row.appointment().id(), row.appointment()));
		return found;
	}

	/** Every occurrence of the agents' appointments that overlaps [from, to), by start. */
	@Transactional(readOnly = true)
	List<Occurrences.Occurrence> occurrences(List<String> agentIds, ZonedDateTime from, ZonedDateTime to) {
		List<Occurrences.Occurrence> all = new ArrayList<>();
		for (Appointment a : ofAgents(agentIds, from, to)) {
			all.addAll(Occurrences.between(a, from, to));
		}
		all.sort(Comparator.comparing(Occurrences.Occurrence::startsAt).thenComparing(o -> o.appointment().id()));
		return all;
	}

	private List<Appointment> ofAgents(List<String> agentIds, ZonedDateTime from, ZonedDateTime to) {
		return statements.all("calendar/of-agents", new OfAgents(agentIds, from, to), Appointment.Stored.class)
			.stream()
			.map(Appointment.Stored::appointment)
			.toList();
	}

	/** Every attending agent's other appointments within the horizon, read in one query. */
	private List<Conflict> conflicts(Appointment saved) {
		ZonedDateTime from = saved.startsAt();
		ZonedDateTime to = saved.startsAt().plus(CONFLICT_HORIZON);
		List<Occurrences.Occurrence> mine = Occurrences.between(saved, from, to);
		List<Conflict> conflicts = new ArrayList<>();
		for (Occurrences.Occurrence other : occurrences(saved.agentIds(), from, to)) {
			if (other.appointment().id().equals(saved.id())) {
				continue;
			}
			mine.stream().filter(o -> o.overlaps(other)).findFirst().ifPresent(o -> other.appointment()
				.agentIds()
				.stream()
				.filter(saved.agentIds()::contains)
				.forEach(agentId -> conflicts.add(new Conflict(agentId, other, o.startsAt()))));
		}
		return conflicts;
	}

	/** An appointment's own properties, checked; null ones are removed. */
	private record Fields(String title, ZonedDateTime startsAt, ZonedDateTime endsAt, String location, String notes,
			String rrule, ZonedDateTime lastEndsAt) implements Statements.Inline {
	}

	private record Create(String id, Fields fields, String by, List<String> agentIds, List<String> contactIds) {
	}

	private record Update(String id, Fields fields, String txId, List<String> agentIds, List<String> contactIds) {
	}

	private record Updated(Appointment appointment, long previousVersion) {
	}

	private record Id(String id) {
	}

	private record Ids(List<String> ids) {
	}

	private record OfAgents(List<String> agentIds, ZonedDateTime from, ZonedDateTime to) {
	}

	private record Attendees(List<String> agentIds, List<String> contactIds) {
	}

	/** Which of the attendees asked for may attend. */
	private record Attending(List<String> agents, List<String> contacts) {
	}

	private Fields checked(AppointmentInput input) {
		Problems problems = new Problems();
		if (input.title() == null || input.title().isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "An appointment needs a title", "title");
		}
		problems.maxLength(input.title(), 500, "title")
			.maxLength(input.location(), 500, "location")
			.maxLength(input.notes(), 10_000, "notes")
			.maxLength(input.rrule(), 500, "rrule");
		ZoneId zone = null;
		if (input.timeZone() == null || !TimeZones.known(input.timeZone().strip())) {
			problems.add(UserErrorCode.UNKNOWN_TIME_ZONE, "'" + input.timeZone() + "' is not an IANA time zone such as America/Chicago",
					"timeZone");
		}
		else {
			zone = ZoneId.of(input.timeZone().strip());
		}
		if (input.startsAt() == null) {
			problems.add(UserErrorCode.REQUIRED, "An appointment needs a start", "startsAt");
		}
		if (input.endsAt() == null) {
			problems.add(UserErrorCode.REQUIRED, "An appointment needs an end", "endsAt");
		}
		if (input.startsAt() != null && input.endsAt() != null) {
			if (!input.endsAt().isAfter(input.startsAt())) {
				problems.add(UserErrorCode.END_BEFORE_START, "An appointment ends after it starts", "endsAt");
			}
			else if (Duration.between(input.startsAt(), input.endsAt()).compareTo(LONGEST) > 0) {
				problems.add(UserErrorCode.OUT_OF_RANGE, "An appointment lasts at most 14 days", "endsAt");
			}
		}
		String rrule = input.rrule() == null || input.rrule().isBlank() ? null : input.rrule().strip();
		if (rrule != null) {
			try {
				Occurrences.parse(rrule);
			}
			catch (IllegalArgumentException ex) {
				problems.add(UserErrorCode.INVALID_RRULE, ex.getMessage(), "rrule");
			}
		}
		List<String> agentIds = distinct(input.agentIds());
		List<String> contactIds = distinct(input.contactIds());
		if (agentIds.isEmpty()) {
			problems.add(UserErrorCode.REQUIRED, "An appointment needs at least one team agent", "agentIds");
		}
		Attending found = statements.one("calendar/attendees", new Attendees(agentIds, contactIds), Attending.class)
			.orElseThrow();
		for (int i = 0; i < agentIds.size(); i++) {
			if (!found.agents().contains(agentIds.get(i))) {
				problems.add(UserErrorCode.NOT_FOUND, "No team agent " + agentIds.get(i), "agentIds", i);
			}
		}
		for (int i = 0; i < contactIds.size(); i++) {
			if (!found.contacts().contains(contactIds.get(i))) {
				problems.add(UserErrorCode.NOT_FOUND, "No contact " + contactIds.get(i) + " (or it was erased)", "contactIds", i);
			}
		}
		problems.throwIfAny();
		ZonedDateTime startsAt = input.startsAt().atZoneSameInstant(zone);
		ZonedDateTime endsAt = input.endsAt().atZoneSameInstant(zone);
		Appointment probe = new Appointment(null, null, startsAt, endsAt, null, null, rrule, List.of(), List.of(), null, 0);
		return new Fields(input.title().strip(), startsAt, endsAt, blankToNull(input.location()),
				blankToNull(input.notes()), rrule, Occurrences.lastEnd(probe));
	}

	private static List<String> distinct(List<String> ids) {
		return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
