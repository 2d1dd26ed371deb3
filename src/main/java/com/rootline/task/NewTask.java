package com.rootline.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * A task to create, from the API, a stage prompt or a touch-plan step. Built by name:
 * {@code NewTask.due(day).titled("Call Ann").kind(CALL).forContact(id)}.
 */
public record NewTask(String title, Task.Kind kind, Task.Priority priority, LocalDate dueOn, LocalTime dueTime,
		String assigneeId, String contactId, String dealId, String notes, String message, String promptId,
		String enrollmentId, Integer stepIndex) {

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

	/** The node's properties, as {@code task/create} writes them. */
	Map<String, Object> properties(String id) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", id);
		p.put("title", title);
		p.put("kind", kind.name());
		p.put("priority", priority.name());
		p.put("dueOn", dueOn);
		p.put("dueTime", dueTime);
		p.put("assigneeId", assigneeId);
		p.put("contactId", contactId);
		p.put("dealId", dealId);
		p.put("notes", notes);
		p.put("message", message);
		p.put("promptId", promptId);
		p.put("enrollmentId", enrollmentId);
		p.put("stepIndex", stepIndex);
		return p;
	}

}
