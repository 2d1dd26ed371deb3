package com.rootline.task;

import java.time.LocalDate;
import java.util.List;

import com.rootline.api.ApiException;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.ErrorCode;
import com.rootline.api.PageRequest;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Task lists, soonest due first, a page at a time from the most selective index. */
@Component
class TaskPages {

	private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(2200, 12, 31);

	private final Statements statements;

	TaskPages(Statements statements) {
		this.statements = statements;
	}

	record TaskFilter(String assigneeId, Task.Status status, String contactId, String dealId, String enrollmentId,
			Task.Kind kind, LocalDate dueFrom, LocalDate dueTo, Boolean overdue) {
	}

	/** {@code today} is the day in the assignee's zone (the deployment's without one): it decides what is overdue. */
	@Transactional(readOnly = true)
	Connection<Task> find(TaskFilter filter, PageRequest page, LocalDate today) {
		Criteria criteria = criteria(filter == null ? new TaskFilter(null, null, null, null, null, null, null, null, null)
				: filter, today);
		List<String> keys = page.after() == null ? null : Cursors.decode(page.after(), 2);
		Page query = new Page(criteria, page.fetchSize(), keys == null ? null : LocalDate.parse(keys.get(0)),
				keys == null ? null : keys.get(1));
		List<Task> rows = statements.all("task/page", query, Task.Row.class).stream().map(Task.Row::value).toList();
		return Connection.of(rows, page, t -> Cursors.encode(t.dueOn().toString(), t.id()),
				() -> statements.one("task/count", criteria, Count.class).map(Count::count).orElse(0L));
	}

	/**
	 * A task filter as the parameters of the task list's statements: the statuses it lists, the due
	 * window, the day from which an open task is not overdue, and the index it starts from.
	 */
	private record Criteria(String assigneeId, List<Task.Status> statuses, String contactId, String dealId,
			String enrollmentId, Task.Kind kind, LocalDate dueFrom, LocalDate dueTo, LocalDate openFrom, String anchor)
			implements Statements.Inline {
	}

	private record Page(Criteria criteria, int limit, LocalDate afterDue, String afterId) {
	}

	private record Count(long count) {
	}

	private static Criteria criteria(TaskFilter f, LocalDate today) {
		LocalDate dueFrom = f.dueFrom() == null ? FIRST_DAY : f.dueFrom();
		LocalDate dueTo = f.dueTo() == null ? LAST_DAY : f.dueTo();
		if (dueTo.isBefore(dueFrom)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "filter.dueTo: is before filter.dueFrom");
		}
		List<Task.Status> statuses = f.status() == null ? List.of(Task.Status.values()) : List.of(f.status());
		if (Boolean.TRUE.equals(f.overdue())) {
			statuses = statuses.contains(Task.Status.OPEN) ? List.of(Task.Status.OPEN) : List.of();
			dueTo = dueTo.isBefore(today) ? dueTo : today.minusDays(1);
		}
		return new Criteria(f.assigneeId(), statuses, f.contactId(), f.dealId(), f.enrollmentId(), f.kind(), dueFrom,
				dueTo, Boolean.FALSE.equals(f.overdue()) ? today : null, f.contactId() != null ? "contact"
						: f.enrollmentId() != null ? "enrollment" : f.assigneeId() != null ? "assignee" : "all");
	}

}
