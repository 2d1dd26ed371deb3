package com.rootline.facts;

import java.util.Collection;
import java.util.List;

/**
 * A typed change for the facts component: tasks a transaction created or changed (status,
 * completion, due day, assignee), named by id or by the touch plan enrollment they belong to. The
 * facts kept per task count them again just before the commit.
 */
public record TasksChanged(List<String> ids, List<String> enrollmentIds) {

	public TasksChanged {
		ids = List.copyOf(ids);
		enrollmentIds = List.copyOf(enrollmentIds);
	}

	public static TasksChanged ids(Collection<String> ids) {
		return new TasksChanged(List.copyOf(ids), List.of());
	}

	public static TasksChanged ofEnrollment(String enrollmentId) {
		return new TasksChanged(List.of(), List.of(enrollmentId));
	}

}
