package com.rootline.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

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

	/** A statement's row with a task node's properties in its {@code task} column. */
	record Row(Stored task) {

		Task value() {
			return task.task();
		}

	}

	/** The task node; tasks written before kinds, priorities and versions lack them. */
	record Stored(String id, String title, Kind kind, Priority priority, LocalDate dueOn, LocalTime dueTime,
			LocalDate snoozedFrom, Status status, String assigneeId, String contactId, String dealId, String promptId,
			String enrollmentId, Integer stepIndex, String notes, String message, ZonedDateTime completedAt,
			String completedBy, String interactionId, ZonedDateTime createdAt, Long version) {

		Task task() {
			return new Task(id, title, kind == null ? Kind.TODO : kind, priority == null ? Priority.NORMAL : priority,
					new Schedule(dueOn, dueTime, snoozedFrom), status,
					new Links(assigneeId, contactId, dealId, promptId, enrollmentId, stepIndex), notes, message,
					completedAt == null ? null : new Completion(completedAt, completedBy, interactionId), createdAt,
					version == null ? 1 : version);
		}

	}

}
