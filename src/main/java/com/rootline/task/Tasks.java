package com.rootline.task;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rootline.facts.TasksChanged;
import com.rootline.graph.Statements;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and reads tasks for other features (stage prompts, touch plans, the call list), in the
 * caller's transaction. What a person may set is checked by {@link TaskService}; writers here pass
 * tasks they built themselves.
 */
@Component
public class Tasks {

	private final Statements statements;

	private final ApplicationEventPublisher events;

	Tasks(Statements statements, ApplicationEventPublisher events) {
		this.statements = statements;
		this.events = events;
	}

	@Transactional
	public List<Task> createAll(List<NewTask> tasks) {
		if (tasks.isEmpty()) {
			return List.of();
		}
		List<Created> rows = tasks.stream().map(task -> new Created(UUID.randomUUID().toString(), task)).toList();
		List<Task> created = statements.all("task/create", new Creating(rows, now()), Task.Row.class)
			.stream()
			.map(Task.Row::value)
			.toList();
		events.publishEvent(TasksChanged.ids(created.stream().map(Task::id).toList()));
		return created;
	}

	@Transactional(readOnly = true)
	public Map<String, Task> findAll(Collection<String> ids) {
		Map<String, Task> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		statements.all("task/by-ids", new Ids(List.copyOf(ids)), Task.Row.class)
			.stream()
			.map(Task.Row::value)
			.forEach(t -> found.put(t.id(), t));
		return found;
	}

	/** An agent's open tasks due in [{@code from}, {@code to}], soonest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Task> openOf(String assigneeId, LocalDate from, LocalDate to, int limit) {
		return statements.all("task/open-of-assignee", new OpenOf(assigneeId, from, to, limit), Task.Row.class)
			.stream()
			.map(Task.Row::value)
			.toList();
	}

	/** A new task's node: its id and the task's own properties. */
	private record Created(String id, NewTask task) {
	}

	private record Creating(List<Created> tasks, ZonedDateTime now) {
	}

	private record Ids(List<String> ids) {
	}

	private record OpenOf(String assigneeId, LocalDate from, LocalDate to, int limit) {
	}

	static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
