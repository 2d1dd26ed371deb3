package com.rootline.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.ApiException;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.ErrorCode;
import com.rootline.api.PageRequest;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Task lists, soonest due first, a page at a time from the most selective index. */
@Component
class TaskPages {

	private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(2200, 12, 31);

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	TaskPages(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	record TaskFilter(String assigneeId, Task.Status status, String contactId, String dealId, String enrollmentId,
			Task.Kind kind, LocalDate dueFrom, LocalDate dueTo, Boolean overdue) {
	}

	/** {@code today} is the day in the assignee's zone (the deployment's without one): it decides what is overdue. */
	@Transactional(readOnly = true)
	Connection<Task> find(TaskFilter filter, PageRequest page, LocalDate today) {
		Map<String, Object> params = params(filter == null ? new TaskFilter(null, null, null, null, null, null, null,
				null, null) : filter, today);
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.fetchSize());
		pageParams.put("afterDue", null);
		pageParams.put("afterId", null);
		if (page.after() != null) {
			List<String> keys = Cursors.decode(page.after(), 2);
			pageParams.put("afterDue", LocalDate.parse(keys.get(0)));
			pageParams.put("afterId", keys.get(1));
		}
		List<Task> rows = List.copyOf(neo4j.query(queries.get("task/page"))
			.bindAll(pageParams)
			.fetchAs(Task.class)
			.mappedBy((t, r) -> Task.of(r.get("task")))
			.all());
		return Connection.of(rows, page, t -> Cursors.encode(t.dueOn().toString(), t.id()),
				() -> neo4j.query(queries.get("task/count")).bindAll(params).fetchAs(Long.class).one().orElse(0L));
	}

	private static Map<String, Object> params(TaskFilter f, LocalDate today) {
		LocalDate dueFrom = f.dueFrom() == null ? FIRST_DAY : f.dueFrom();
		LocalDate dueTo = f.dueTo() == null ? LAST_DAY : f.dueTo();
		if (dueTo.isBefore(dueFrom)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "filter.dueTo: is before filter.dueFrom");
		}
		List<String> statuses = f.status() == null ? Arrays.stream(Task.Status.values()).map(Enum::name).toList()
				: List.of(f.status().name());
		if (Boolean.TRUE.equals(f.overdue())) {
			statuses = statuses.contains("OPEN") ? List.of("OPEN") : List.of();
			dueTo = dueTo.isBefore(today) ? dueTo : today.minusDays(1);
		}
		Map<String, Object> p = new HashMap<>();
		p.put("assigneeId", f.assigneeId());
		p.put("statuses", statuses);
		p.put("contactId", f.contactId());
		p.put("dealId", f.dealId());
		p.put("enrollmentId", f.enrollmentId());
		p.put("kind", f.kind() == null ? null : f.kind().name());
		p.put("dueFrom", dueFrom);
		p.put("dueTo", dueTo);
		p.put("openFrom", Boolean.FALSE.equals(f.overdue()) ? today : null);
		p.put("anchor", f.contactId() != null ? "contact"
				: f.enrollmentId() != null ? "enrollment" : f.assigneeId() != null ? "assignee" : "all");
		return p;
	}

}
