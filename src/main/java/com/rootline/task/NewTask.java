package com.rootline.task;

import java.time.LocalDate;
import java.time.LocalTime;

import com.rootline.graph.Statements;

/**
 * A task to create, from the API, a stage prompt or a touch-plan step. Built by name:
 * {@code NewTask.due(day).titled("Call Ann").kind(CALL).forContact(id)}. Its components are the
 * new node's properties ({@code task/create}).
 */
public record NewTask(String title, Task.Kind kind, Task.Priority priority, LocalDate dueOn, LocalTime dueTime,
		String assigneeId, String contactId, String dealId, String notes, String message, String promptId,
		String enrollmentId, Integer stepIndex) implements Statements.Inline {

	public static NewTask due(LocalDate dueOn) {
		return new NewTask(null, Task.Kind.TODO, Task.Priority.NORMAL, dueOn, null, null, null, null, null, null, null,
				null, null);
	}

	public NewTask titled(String title) {
		return new NewTask(title, kind, priority, dueOn, dueTime, assigneeId, contactId, dealId, notes, message,
				promptId, enrollmentId, stepIndex);
	}

	public NewTask kind(Task.Kind kind) {
		return new NewTask(title, kind, priority, dueOn, dueTime, assigneeId, contactId, dealId, notes, message,
				promptId, enrollmentId, stepIndex);
	}

	public NewTask at(LocalTime time, Task.Priority priority) {
		return new NewTask(title, kind, priority, dueOn, time, assigneeId, contactId, dealId, notes, message, promptId,
				enrollmentId, stepIndex);
	}

	public NewTask assignedTo(String agentId) {
		return new NewTask(title, kind, priority, dueOn, dueTime, agentId, contactId, dealId, notes, message,
				promptId, enrollmentId, stepIndex);
	}

	public NewTask about(String contactId, String dealId) {
		return new NewTask(title, kind, priority, dueOn, dueTime, assigneeId, contactId, dealId, notes, message,
				promptId, enrollmentId, stepIndex);
	}

	public NewTask noted(String notes, String message) {
		return new NewTask(title, kind, priority, dueOn, dueTime, assigneeId, contactId, dealId, notes, message,
				promptId, enrollmentId, stepIndex);
	}

	public NewTask promptedBy(String promptId) {
		return new NewTask(title, kind, priority, dueOn, dueTime, assigneeId, contactId, dealId, notes, message,
				promptId, enrollmentId, stepIndex);
	}

	public NewTask stepOf(String enrollmentId, int stepIndex) {
		return new NewTask(title, kind, priority, dueOn, dueTime, assigneeId, contactId, dealId, notes, message,
				promptId, enrollmentId, stepIndex);
	}

}
