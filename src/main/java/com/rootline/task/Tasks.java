package com.rootline.task;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rootline.facts.TasksChanged;
import com.rootline.graph.CypherQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and reads tasks for other features (stage prompts, touch plans, the call list), in the
 * caller's transaction. What a person may set is checked by {@link TaskService}; writers here pass
 * tasks they built themselves.
 */
@Component
public class Tasks {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ApplicationEventPublisher events;

	Tasks(Neo4jClient neo4j, CypherQueries queries, ApplicationEventPublisher events) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.events = events;
	}

	@Transactional
	public List<Task> createAll(List<NewTask> tasks) {
		if (tasks.isEmpty()) {
			return List.of();
		}
		List<Map<String, Object>> rows = new ArrayList<>(tasks.size());
		for (NewTask task : tasks) {
			rows.add(task.properties(UUID.randomUUID().toString()));
		}
		List<Task> created = List.copyOf(neo4j.query(queries.get("task/create"))
			.bindAll(Map.of("tasks", rows, "now", now()))
			.fetchAs(Task.class)
			.mappedBy((t, r) -> Task.of(r.get("task")))
			.all());
		events.publishEvent(TasksChanged.ids(created.stream().map(Task::id).toList()));
		return created;
	}

	@Transactional(readOnly = true)
	public Map<String, Task> findAll(Collection<String> ids) {
		Map<String, Task> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		neo4j.query(queries.get("task/by-ids"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Task.class)
			.mappedBy((t, r) -> Task.of(r.get("task")))
			.all()
			.forEach(t -> found.put(t.id(), t));
		return found;
	}

	/** An agent's open tasks due in [{@code from}, {@code to}], soonest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Task> openOf(String assigneeId, LocalDate from, LocalDate to, int limit) {
		return List.copyOf(neo4j.query(queries.get("task/open-of-assignee"))
			.bindAll(Map.of("assigneeId", assigneeId, "from", from, "to", to, "limit", limit))
			.fetchAs(Task.class)
			.mappedBy((t, r) -> Task.of(r.get("task")))
			.all());
	}

	static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
