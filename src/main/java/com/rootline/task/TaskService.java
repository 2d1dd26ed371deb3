package com.rootline.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Interaction;
import com.rootline.contact.Interactions;
import com.rootline.facts.ActivityRemoved;
import com.rootline.facts.TasksChanged;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The task mutations, one transaction each; business failures are user errors with nothing written. */
@Service
class TaskService {

	/** How far a due day may be moved by one snooze. */
	static final int MAX_SNOOZE_DAYS = 365;

	private final Statements statements;

	private final Tasks tasks;

	private final Interactions interactions;

	private final ApplicationEventPublisher events;

	TaskService(Statements statements, Tasks tasks, Interactions interactions, ApplicationEventPublisher events) {
		this.events = events;
		this.statements = statements;
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
		if (!input.title().isOmitted()) {
			checkTitle(input.title().value(), problems);
		}
		problems.maxLength(input.notes().value(), 10_000, "notes");
		checkReferences(null, input.contactId().value(), input.dealId().value(), problems);
		problems.throwIfAny();
		Details details = new Details(current.id(), input.title().value() == null ? null : input.title().value().strip(),
				input.kind().value(), input.priority().value(), !input.notes().isOmitted(),
				blankToNull(input.notes().value()), !input.contactId().isOmitted(), input.contactId().value(),
				!input.dealId().isOmitted(), input.dealId().value());
		return write("task/update", details);
	}

	@Transactional
	Task assign(AssignTaskInput input) {
		Task current = lock(input.id());
		Problems problems = new Problems();
		checkReferences(input.assigneeId(), null, null, problems);
		problems.throwIfAny();
		return write("task/assign", new Assignee(current.id(), input.assigneeId()));
	}

	@Transactional
	Task reschedule(RescheduleTaskInput input) {
		Task current = lock(input.id());
		if (input.dueOn() == null) {
			throw new UserErrorsException(UserError.of(UserErrorCode.REQUIRED, "A task needs a due day", "dueOn"));
		}
		return write("task/schedule", new Schedule(current.id(), input.dueOn(), null, true, input.dueTime()));
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
		LocalDate firstDue = current.schedule().snoozedFrom() != null ? current.schedule().snoozedFrom() : current.dueOn();
		return write("task/schedule", new Schedule(current.id(), until, firstDue, false, null));
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
		StatusChange done = new StatusChange(current.id(), Task.Status.DONE, Tasks.now(), Callers.currentName(),
				logged == null ? null : logged.id());
		return new Completed(write("task/set-status", done), logged);
	}

	@Transactional
	Task reopen(String id) {
		Task current = lock(id);
		if (current.status() != Task.Status.DONE) {
			return current;
		}
		return write("task/set-status", new StatusChange(current.id(), Task.Status.OPEN, null, null, null));
	}

	@Transactional
	String delete(String id) {
		lock(id);
		statements.one("task/delete", new Id(id), Deleted.class)
			.ifPresent(deleted -> events.publishEvent(ActivityRemoved.of(deleted.countedActivity())));
		return id;
	}

	private Task lock(String id) {
		return statements.one("task/lock", new Lock(id == null ? "" : id, UUID.randomUUID().toString()), Task.Row.class)
			.map(Task.Row::value)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No task " + id, "id")));
	}

	/** Runs one of the task's writes; each names the task by {@code id} and answers it as written. */
	private Task write(String statement, Record change) {
		Task written = statements.one(statement, change, Task.Row.class).orElseThrow().value();
		events.publishEvent(TasksChanged.ids(List.of(written.id())));
		return written;
	}

	private record Id(String id) {
	}

	private record Lock(String id, String txId) {
	}

	private record Deleted(List<String> countedActivity) {
	}

	/** A change of details: null title, kind or priority keep theirs; the others change when set. */
	private record Details(String id, String title, Task.Kind kind, Task.Priority priority, boolean setNotes,
			String notes, boolean setContact, String contactId, boolean setDeal, String dealId) {
	}

	private record Assignee(String id, String assigneeId) {
	}

	/** A new due day; {@code snoozedFrom} is the day first due when snoozed; a reschedule sets the time too. */
	private record Schedule(String id, LocalDate dueOn, LocalDate snoozedFrom, boolean setTime, LocalTime dueTime) {
	}

	private record StatusChange(String id, Task.Status status, ZonedDateTime completedAt, String completedBy,
			String interactionId) {
	}

	private record References(String assigneeId, String contactId, String dealId) {
	}

	/** Whether the agent, contact and deal a task names exist (and the agent's kind, the contact's erasure). */
	private record Referenced(String assigneeKind, boolean contactFound, boolean contactErased, boolean dealFound) {
	}

	private void checkReferences(String assigneeId, String contactId, String dealId, Problems problems) {
		if (assigneeId == null && contactId == null && dealId == null) {
			return;
		}
		Referenced row = statements.one("task/references", new References(assigneeId, contactId, dealId),
				Referenced.class)
			.orElseThrow();
		if (assigneeId != null && row.assigneeKind() == null) {
			problems.add(UserErrorCode.NOT_FOUND, "No agent " + assigneeId, "assigneeId");
		}
		else if (assigneeId != null && !"TEAM".equals(row.assigneeKind())) {
			problems.add(UserErrorCode.WRONG_AGENT_KIND, "Tasks are assigned to team agents, not partners", "assigneeId");
		}
		if (contactId != null && !row.contactFound()) {
			problems.add(UserErrorCode.NOT_FOUND, "No contact " + contactId, "contactId");
		}
		else if (contactId != null && row.contactErased()) {
			problems.add(UserErrorCode.ERASED, "The contact was erased; no task can be about them", "contactId");
		}
		if (dealId != null && !row.dealFound()) {
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
