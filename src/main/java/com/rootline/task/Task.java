package com.rootline.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;

import com.rootline.contact.Interaction;

/**
 * A task as the API shows it. {@code enrollmentId} and {@code stepIndex} are set on the steps of a
 * touch plan; {@code promptId} on the tasks a deal's stage prompted.
 */
public record Task(String id, String title, Kind kind, Priority priority, Schedule schedule, Status status,
		Links links, String notes, String message, Completion completion, ZonedDateTime createdAt, long version) {

	public enum Kind {
		TODO, CALL, EMAIL, MEETING, TEXT, MAIL;

		/** The interaction a completed task of this kind logs; null for a to-do. */
		public Interaction.Kind interactionKind() {
			return this == TODO ? null : Interaction.Kind.valueOf(name());
		}
	}

	public enum Priority {
		LOW, NORMAL, HIGH
	}

	public enum Status {
		OPEN, DONE,
		/** A step of a paused touch plan: back to OPEN, shifted, when the plan resumes. */
		ON_HOLD
	}

	/** When it is due; {@code snoozedFrom} is the day it was due before the first snooze. */
	public record Schedule(LocalDate dueOn, LocalTime dueTime, LocalDate snoozedFrom) {
	}

	public record Links(String assigneeId, String contactId, String dealId, String promptId, String enrollmentId,
			Integer stepIndex) {
	}

	public record Completion(ZonedDateTime completedAt, String completedBy, String interactionId) {
	}

	public LocalDate dueOn() {
		return schedule.dueOn();
	}

	public String assigneeId() {
		return links.assigneeId();
	}

	public String contactId() {
		return links.contactId();
	}

	public String dealId() {
		return links.dealId();
	}

	public LocalTime dueTime() {
		return schedule.dueTime();
	}

	public LocalDate snoozedFrom() {
		return schedule.snoozedFrom();
	}

	public String enrollmentId() {
		return links.enrollmentId();
	}

	public String completedBy() {
		return completion == null ? null : completion.completedBy();
	}

	public ZonedDateTime completedAt() {
		return completion == null ? null : completion.completedAt();
	}

	/** Open and due before {@code today}. */
	public boolean overdueOn(LocalDate today) {
		return status == Status.OPEN && schedule.dueOn().isBefore(today);
	}

	/** A task from its node's properties ({@code t {.*}}). */
	static Task of(Map<String, Object> m) {
		Object time = m.get("dueTime");
		Number step = (Number) m.get("stepIndex");
		return new Task((String) m.get("id"), (String) m.get("title"), Kind.valueOf((String) m.getOrDefault("kind", "TODO")),
				Priority.valueOf((String) m.getOrDefault("priority", "NORMAL")),
				new Schedule((LocalDate) m.get("dueOn"), time == null ? null : (LocalTime) time,
						(LocalDate) m.get("snoozedFrom")),
				Status.valueOf((String) m.get("status")),
				new Links((String) m.get("assigneeId"), (String) m.get("contactId"), (String) m.get("dealId"),
						(String) m.get("promptId"), (String) m.get("enrollmentId"), step == null ? null : step.intValue()),
				(String) m.get("notes"), (String) m.get("message"),
				m.get("completedAt") == null ? null
						: new Completion((ZonedDateTime) m.get("completedAt"), (String) m.get("completedBy"),
								(String) m.get("interactionId")),
				(ZonedDateTime) m.get("createdAt"), ((Number) m.getOrDefault("version", 1L)).longValue());
	}

}
