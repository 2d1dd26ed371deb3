package com.rootline.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Interaction;
import com.rootline.contact.Interactions;
import com.rootline.facts.ActivityRemoved;
import com.rootline.facts.TasksChanged;
import com.rootline.graph.CypherQueries;
import com.rootline.security.Callers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The task mutations, one transaction each; business failures are user errors with nothing written. */
@Service
class TaskService {

	/** How far a due day may be moved by one snooze. */
	static final int MAX_SNOOZE_DAYS = 365;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final Tasks tasks;

	private final Interactions interactions;

	private final ApplicationEventPublisher events;

	TaskService(Neo4jClient neo4j, CypherQueries queries, Tasks tasks, Interactions interactions,
			ApplicationEventPublisher events) {
		this.events = events;
		this.neo4j = neo4j;
		this.queries = queries;
		this.tasks = tasks;
		this.interactions = interactions;
	}

	record CreateTaskInput(String title, Task.Kind kind, Task.Priority priority, LocalDate dueOn, LocalTime dueTime,
			String assigneeId, String contactId, String dealId, String notes) {
	}

	record UpdateTaskInput(String id, Integer expectedVersion, ArgumentValue<String> title,
			ArgumentValue<Task.Kind> kind, ArgumentValue<Task.Priority> priority, ArgumentValue<String> notes,
			ArgumentValue<String> contactId, ArgumentValue<String> dealId) {
	}

	record AssignTaskInput(String id, String assigneeId) {
	}

	record RescheduleTaskInput(String id, LocalDate dueOn, LocalTime dueTime) {
	}

	record SnoozeTaskInput(String id, Integer days, LocalDate until) {
	}

	record TaskLogInput(String summary, Interaction.Direction direction, OffsetDateTime occurredAt) {
	}

	record CompleteTaskInput(String id, TaskLogInput log) {
	}

	/** A completed task and the interaction its completion logged, if any. */
	record Completed(Task task, Interaction interaction) {
	}

	@Transactional
	Task create(CreateTaskInput input) {
		Problems problems = new Problems();
		checkTitle(input.title(), problems);
		if (input.dueOn() == null) {
			problems.add(UserErrorCode.REQUIRED, "A task needs a due day", "dueOn");
		}
		problems.maxLength(input.notes(), 10_000, "notes");
		checkReferences(input.assigneeId(), input.contactId(), input.dealId(), problems);
		problems.throwIfAny();
		NewTask task = NewTask.due(input.dueOn())
			.titled(input.title().strip())
			.kind(input.kind() == null ? Task.Kind.TODO : input.kind())
			.at(input.dueTime(), input.priority() == null ? Task.Priority.NORMAL : input.priority())
			.assignedTo(input.assigneeId())
			.about(input.contactId(), input.dealId())
			.noted(blankToNull(input.notes()), null);
		return tasks.createAll(List.of(task)).getFirst();
	}

	@Transactional
	Task update(UpdateTaskInput input) {
		Task current = lock(input.id());
		if (input.expectedVersion() != null && current.version() != input.expectedVersion()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.VERSION_CONFLICT,
					"The task is at version " + current.version() + ", not " + input.expectedVersion(), "expectedVersion"));
		}
		Problems problems = new Problems();
		Map<String, Object> props = new HashMap<>();
		if (!input.title().isOmitted()) {
			checkTitle(input.title().value(), problems);
			props.put("title", input.title().value() == null ? null : input.title().value().strip());
		}
		input.kind().ifPresent(k -> props.put("kind", k.name()));
		input.priority().ifPresent(p -> props.put("priority", p.name()));
		if (!input.notes().isOmitted()) {
			problems.maxLength(input.notes().value(), 10_000, "notes");
			props.put("notes", blankToNull(input.notes().value()));
		}
		if (!input.contactId().isOmitted()) {
			props.put("contactId", input.contactId().value());
		}
		if (!input.dealId().isOmitted()) {
			props.put("dealId", input.dealId().value());
		}
		checkReferences(null, (String) props.get("contactId"), (String) props.get("dealId"), problems);
		problems.throwIfAny();
		return write(current.id(), props);
	}

	@Transactional
	Task assign(AssignTaskInput input) {
		Task current = lock(input.id());
		Problems problems = new Problems();
		checkReferences(input.assigneeId(), null, null, problems);
		problems.throwIfAny();
		Map<String, Object> props = new HashMap<>();
		props.put("assigneeId", input.assigneeId());
		return write(current.id(), props);
	}

	@Transactional
	Task reschedule(RescheduleTaskInput input) {
		Task current = lock(input.id());
		if (input.dueOn() == null) {
			throw new UserErrorsException(UserError.of(UserErrorCode.REQUIRED, "A task needs a due day", "dueOn"));
		}
		Map<String, Object> props = new HashMap<>();
		props.put("dueOn", input.dueOn());
		props.put("dueTime", input.dueTime());
		props.put("snoozedFrom", null);
		return write(current.id(), props);
	}

	/** Moves an open task's due day later, remembering the day it was first due. */
	@Transactional
	Task snooze(SnoozeTaskInput input, LocalDate today) {
		Task current = lock(input.id());
		if ((input.days() == null) == (input.until() == null)) {
			throw new UserErrorsException(UserError.of(UserErrorCode.INVALID, "Give either days or until", "days"));
		}
		if (current.status() != Task.Status.OPEN) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_OPEN, "Only an open task can be snoozed", "id"));
		}
		LocalDate from = current.dueOn().isBefore(today) ? today : current.dueOn();
		LocalDate until = input.until() != null ? input.until() : from.plusDays(input.days());
		if (input.days() != null && (input.days() < 1 || input.days() > MAX_SNOOZE_DAYS)) {
			throw new UserErrorsException(UserError.of(UserErrorCode.OUT_OF_RANGE, "Snooze 1 to " + MAX_SNOOZE_DAYS + " days", "days"));
		}
		if (!until.isAfter(today) || until.isAfter(today.plusDays(MAX_SNOOZE_DAYS))) {
			throw new UserErrorsException(UserError.of(UserErrorCode.OUT_OF_RANGE,
					"Snooze to a day after today and within " + MAX_SNOOZE_DAYS + " days", "until"));
		}
		Map<String, Object> props = new HashMap<>();
		props.put("dueOn", until);
		props.put("snoozedFrom", current.schedule().snoozedFrom() != null ? current.schedule().snoozedFrom()
				: current.dueOn());
		return write(current.id(), props);
	}

	/**
	 * Completes a task once: completing a done task changes nothing and logs nothing. With {@code log},
	 * a CALL/EMAIL/MEETING/TEXT/MAIL task about a contact logs that interaction in the same transaction.
	 */
	@Transactional
	Completed complete(CompleteTaskInput input) {
		Task current = lock(input.id());
		if (current.status() == Task.Status.DONE) {
			return new Completed(current, null);
		}
		if (current.status() == Task.Status.ON_HOLD) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_OPEN,
					"The task belongs to a paused touch plan; resume the plan first", "id"));
		}
		Interaction logged = null;
		if (input.log() != null) {
			Interaction.Kind kind = current.kind().interactionKind();
			if (kind == null || current.contactId() == null) {
				throw new UserErrorsException(UserError.of(UserErrorCode.NOT_LOGGABLE,
						"Only a call, e-mail, meeting, text or mail task about a contact logs an interaction", "log"));
			}
			String summary = input.log().summary() == null || input.log().summary().isBlank() ? current.title()
					: input.log().summary();
			try {
				logged = interactions.log(new Interactions.Entry(current.contactId(), kind, input.log().direction(),
						input.log().occurredAt(), summary));
			}
			catch (UserErrorsException ex) {
				throw new UserErrorsException(ex.errors().stream()
					.map(e -> new UserError(prefixed("log", e.field()), e.code(), e.message()))
					.toList());
			}
		}
		Map<String, Object> props = new HashMap<>();
		props.put("status", Task.Status.DONE.name());
		props.put("completedAt", Tasks.now());
		props.put("completedBy", Callers.currentName());
		props.put("interactionId", logged == null ? null : logged.id());
		return new Completed(write(current.id(), props), logged);
	}

	@Transactional
	Task reopen(String id) {
		Task current = lock(id);
		if (current.status() != Task.Status.DONE) {
			return current;
		}
		Map<String, Object> props = new HashMap<>();
		props.put("status", Task.Status.OPEN.name());
		props.put("completedAt", null);
		props.put("completedBy", null);
		props.put("interactionId", null);
		return write(current.id(), props);
	}

	@Transactional
	String delete(String id) {
		lock(id);
		neo4j.query(queries.get("task/delete"))
			.bind(id)
			.to("id")
			.fetchAs(ActivityRemoved.class)
			.mappedBy((t, r) -> ActivityRemoved.of(r))
			.one()
			.ifPresent(events::publishEvent);
		return id;
	}

	private Task lock(String id) {
		return neo4j.query(queries.get("task/lock"))
			.bindAll(Map.of("id", id == null ? "" : id, "txId", UUID.randomUUID().toString()))
			.fetchAs(Task.class)
			.mappedBy((t, r) -> Task.of(r.get("task")))
			.one()
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No task " + id, "id")));
	}

	private Task write(String id, Map<String, Object> props) {
		Task written = neo4j.query(queries.get("task/update"))
			.bindAll(Map.of("id", id, "props", props))
			.fetchAs(Task.class)
			.mappedBy((t, r) -> Task.of(r.get("task")))
			.one()
			.orElseThrow();
		events.publishEvent(TasksChanged.ids(List.of(id)));
		return written;
	}

	private void checkReferences(String assigneeId, String contactId, String dealId, Problems problems) {
		if (assigneeId == null && contactId == null && dealId == null) {
			return;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("assigneeId", assigneeId);
		params.put("contactId", contactId);
		params.put("dealId", dealId);
		Map<String, Object> row = neo4j.query(queries.get("task/references")).bindAll(params).fetch().one().orElseThrow();
		if (assigneeId != null && row.get("assigneeKind") == null) {
			problems.add(UserErrorCode.NOT_FOUND, "No agent " + assigneeId, "assigneeId");
		}
		else if (assigneeId != null && !"TEAM".equals(row.get("assigneeKind"))) {
			problems.add(UserErrorCode.WRONG_AGENT_KIND, "Tasks are assigned to team agents, not partners", "assigneeId");
		}
		if (contactId != null && !Boolean.TRUE.equals(row.get("contactFound"))) {
			problems.add(UserErrorCode.NOT_FOUND, "No contact " + contactId, "contactId");
		}
		else if (contactId != null && Boolean.TRUE.equals(row.get("contactErased"))) {
			problems.add(UserErrorCode.ERASED, "The contact was erased; no task can be about them", "contactId");
		}
		if (dealId != null && !Boolean.TRUE.equals(row.get("dealFound"))) {
			problems.add(UserErrorCode.NOT_FOUND, "No deal " + dealId, "dealId");
		}
	}

	private static void checkTitle(String title, Problems problems) {
		if (title == null || title.isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "A task needs a title", "title");
		}
		problems.maxLength(title, 500, "title");
	}

	private static List<String> prefixed(String head, List<String> field) {
		List<String> path = new ArrayList<>();
		path.add(head);
		if (field != null) {
			path.addAll(field);
		}
		return path;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
