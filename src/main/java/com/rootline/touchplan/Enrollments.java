package com.rootline.touchplan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.facts.ActivityRemoved;
import com.rootline.facts.TasksChanged;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import com.rootline.task.NewTask;
import com.rootline.task.Tasks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrols contacts in touch plans and pauses, resumes and cancels enrolments, one transaction each. */
@Service
class Enrollments {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final Statements statements;

	private final TouchPlans plans;

	private final Tasks tasks;

	private final ApplicationEventPublisher events;

	Enrollments(Neo4jClient neo4j, CypherQueries queries, Statements statements, TouchPlans plans, Tasks tasks,
			ApplicationEventPublisher events) {
		this.statements = statements;
		this.events = events;
		this.neo4j = neo4j;
		this.queries = queries;
		this.plans = plans;
		this.tasks = tasks;
	}

	/** Why a contact was not enrolled. */
	enum SkipReason {
		NOT_FOUND, ERASED, ARCHIVED, DO_NOT_CONTACT, ALREADY_ENROLLED
	}

	record Skipped(String contactId, SkipReason reason) {
	}

	record Outcome(List<String> enrolledIds, List<Skipped> skipped) {
	}

	/**
	 * Enrols each contact once: a contact already enrolled (active or paused) is skipped, so running
	 * the same enrolment again, or resuming a job that died mid-page, changes nothing twice. Each
	 * step becomes a task for the contact's owner, or for {@code fallbackAssigneeId} when it has none.
	 */
	@Transactional
	Outcome enroll(String planId, List<String> contactIds, LocalDate startOn, String fallbackAssigneeId, String by) {
		TouchPlan plan = plans.find(planId)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No touch plan " + planId, "planId")));
		List<String> ids = List.copyOf(new LinkedHashSet<>(contactIds));
		List<Skipped> skipped = new ArrayList<>();
		List<NewEnrollment> rows = new ArrayList<>();
		for (Candidate c : statements.all("touchplan/candidates", new ContactIds(ids), Candidate.class)) {
			SkipReason reason = !c.found() ? SkipReason.NOT_FOUND
					: c.erased() ? SkipReason.ERASED
							: c.archived() ? SkipReason.ARCHIVED : c.doNotContact() ? SkipReason.DO_NOT_CONTACT : null;
			if (reason != null) {
				skipped.add(new Skipped(c.contactId(), reason));
				continue;
			}
			rows.add(new NewEnrollment(planId + "|" + c.contactId(), UUID.randomUUID().toString(), c.contactId(),
					c.ownerId() != null ? c.ownerId() : fallbackAssigneeId));
		}
		if (rows.isEmpty()) {
			return new Outcome(List.of(), skipped);
		}
		List<String> enrolled = new ArrayList<>();
		List<NewTask> steps = new ArrayList<>();
		Enroll enroll = new Enroll(rows, planId, startOn, plan.steps().size(), by);
		for (Enrolled r : statements.all("touchplan/enroll", enroll, Enrolled.class)) {
			String contactId = r.contactId();
			if (!r.created()) {
				skipped.add(new Skipped(contactId, SkipReason.ALREADY_ENROLLED));
				continue;
			}
			String enrollmentId = r.id();
			enrolled.add(enrollmentId);
			for (int i = 0; i < plan.steps().size(); i++) {
				TouchPlan.Step step = plan.steps().get(i);
				steps.add(NewTask.due(startOn.plusDays(step.dayOffset()))
					.titled(step.title())
					.kind(step.kind())
					.assignedTo(r.assigneeId())
					.about(contactId, null)
					.noted(null, step.template())
					.stepOf(enrollmentId, i));
			}
		}
		tasks.createAll(steps);
		return new Outcome(List.copyOf(enrolled), List.copyOf(skipped));
	}

	/** Puts the open steps on hold from {@code today}; pausing a paused enrolment changes nothing. */
	@Transactional
	String pause(String id, LocalDate today) {
		Locked e = lock(id);
		switch (e.status()) {
			case "PAUSED" -> {
				return id;
			}
			case "CANCELLED" -> throw cancelled();
			default -> {
				statements.run("touchplan/pause", new Pause(id, today));
				events.publishEvent(TasksChanged.ofEnrollment(id));
			}
		}
		return id;
	}

	/** Opens the held steps again, each moved later by the days the enrolment was paused. */
	@Transactional
	String resume(String id, LocalDate today) {
		Locked e = lock(id);
		switch (e.status()) {
			case "ACTIVE" -> {
				return id;
			}
			case "CANCELLED" -> throw cancelled();
			default -> {
				LocalDate pausedOn = e.pausedOn();
				if (today.isBefore(pausedOn)) {
					throw new UserErrorsException(UserError.of(UserErrorCode.OUT_OF_RANGE,
							"The enrolment was paused on " + pausedOn + "; it resumes on that day or later", "on"));
				}
				long shift = ChronoUnit.DAYS.between(pausedOn, today);
				statements.run("touchplan/resume", new Resume(id, shift));
				events.publishEvent(TasksChanged.ofEnrollment(id));
			}
		}
		return id;
	}

	/** Removes the open and held steps and keeps the done ones; cancelling twice changes nothing. */
	@Transactional
	String cancel(String id) {
		Locked e = lock(id);
		if (!"CANCELLED".equals(e.status())) {
			neo4j.query(queries.get("touchplan/cancel"))
				.bind(id)
				.to("id")
				.fetchAs(ActivityRemoved.class)
				.mappedBy((t, r) -> ActivityRemoved.of(r))
				.one()
				.ifPresent(events::publishEvent);
		}
		return id;
	}

	@Transactional(readOnly = true)
	List<Enrollment> find(EnrollmentQuery query) {
		return List.copyOf(neo4j.query(queries.get("touchplan/enrollments"))
			.bindAll(Statements.parameters(query))
			.fetchAs(Enrollment.class)
			.mappedBy((t, r) -> Enrollment.of(r.get("enrollment"), r.get("progress")))
			.all());
	}

	record EnrollmentQuery(List<String> ids, String contactId, String planId, String status, String afterId,
			int limit) {

		static EnrollmentQuery byIds(List<String> ids) {
			return new EnrollmentQuery(ids, null, null, null, null, Math.max(1, ids.size()));
		}

	}

	private record Locked(String status, LocalDate pausedOn) {
	}

	private record ContactIds(List<String> contactIds) {
	}

	/** Whether a contact may be enrolled, and whose tasks its steps become. */
	private record Candidate(String contactId, boolean found, boolean erased, boolean archived, boolean doNotContact,
			String ownerId) {
	}

	/** One enrolment to make; its key (plan and contact) makes it once. */
	private record NewEnrollment(String key, String id, String contactId, String assigneeId) {
	}

	private record Enroll(List<NewEnrollment> rows, String planId, LocalDate startOn, int stepCount, String by) {
	}

	private record Enrolled(String contactId, String id, boolean created, String assigneeId) {
	}

	private record Pause(String id, LocalDate on) {
	}

	private record Resume(String id, long shift) {
	}

	private Locked lock(String id) {
		return neo4j.query(queries.get("touchplan/lock-enrollment"))
			.bindAll(Statements.parameters(new Lock(id == null ? "" : id, UUID.randomUUID().toString())))
			.fetchAs(Locked.class)
			.mappedBy((t, r) -> {
				var e = r.get("enrollment");
				return new Locked(e.get("status").asString(), e.get("pausedOn").isNull() ? null : e.get("pausedOn").asLocalDate());
			})
			.one()
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No enrolment " + id, "id")));
	}

	private static UserErrorsException cancelled() {
		return new UserErrorsException(UserError.of(UserErrorCode.CANCELLED, "The enrolment was cancelled; enrol the contact again",
				"id"));
	}

	private record Lock(String id, String txId) {
	}

}
