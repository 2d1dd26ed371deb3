package com.rootline.touchplan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.PageRequest;
import com.rootline.api.Payloads;
import com.rootline.api.TimeZones;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactFilter;
import com.rootline.contact.ContactReader;
import com.rootline.touchplan.EnrollmentJobs.EnrollmentJob;
import com.rootline.touchplan.Enrollments.EnrollmentQuery;
import com.rootline.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code Enrollment} and {@code EnrollmentJob} types: enrolling, pausing, resuming, cancelling. */
@Controller
class EnrollmentController {

	/** More contacts than this are enrolled through a filter, as a job. */
	static final int MAX_LISTED_CONTACTS = 1_000;

	private final Enrollments enrollments;

	private final EnrollmentJobs jobs;

	private final TouchPlans plans;

	private final ContactReader contacts;

	private final TimeZones zones;

	private final ApiLimits limits;

	EnrollmentController(Enrollments enrollments, EnrollmentJobs jobs, TouchPlans plans, ContactReader contacts,
			TimeZones zones, ApiLimits limits) {
		this.enrollments = enrollments;
		this.jobs = jobs;
		this.plans = plans;
		this.contacts = contacts;
		this.zones = zones;
		this.limits = limits;
	}

	record EnrollInTouchPlanInput(String planId, List<String> contactIds, ContactFilter filter, LocalDate startOn) {
	}

	record EnrollInTouchPlanPayload(List<Enrollment> enrollments, List<Enrollments.Skipped> skipped, EnrollmentJob job,
			List<UserError> userErrors) {
	}

	record EnrollmentChangeInput(String id, LocalDate on) {
	}

	record EnrollmentPayload(Enrollment enrollment, List<UserError> userErrors) {
	}

	record EnrollmentFilter(String planId, String contactId, Enrollment.Status status) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	Connection<Enrollment> enrollments(@Argument EnrollmentFilter filter, @Argument Integer first,
			@Argument String after) {
		PageRequest page = PageRequest.of(first, after, limits);
		EnrollmentFilter f = filter == null ? new EnrollmentFilter(null, null, null) : filter;
		String afterId = page.after() == null ? null : Cursors.decode(page.after(), 1).getFirst();
		List<Enrollment> rows = enrollments.find(new EnrollmentQuery(null, f.contactId(), f.planId(),
				f.status() == null ? null : f.status().name(), afterId, page.fetchSize()));
		return Connection.of(rows, page, e -> Cursors.encode(e.id()), () -> {
			throw new IllegalStateException("EnrollmentConnection has no totalCount in the schema");
		});
	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	EnrollmentJob enrollmentJob(@Argument String id) {
		return jobs.find(id).orElse(null);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	EnrollInTouchPlanPayload enrollInTouchPlan(@Argument EnrollInTouchPlanInput input) {
		return Payloads.attempt(() -> enroll(input), p -> p,
				errors -> new EnrollInTouchPlanPayload(List.of(), List.of(), null, errors));
	}

	private EnrollInTouchPlanPayload enroll(EnrollInTouchPlanInput input) {
		if ((input.contactIds() == null) == (input.filter() == null)) {
			throw new UserErrorsException(UserError.of(UserErrorCode.INVALID, "Give either contactIds or a filter", "contactIds"));
		}
		if (plans.find(input.planId()).isEmpty()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No touch plan " + input.planId(), "planId"));
		}
		LocalDate startOn = input.startOn() == null ? zones.today(null) : input.startOn();
		String by = Callers.currentName();
		String fallback = Callers.current().map(c -> c.agentId()).orElse(null);
		if (input.filter() != null) {
			return new EnrollInTouchPlanPayload(List.of(), List.of(),
					jobs.queue(input.planId(), input.filter(), startOn, fallback, by), List.of());
		}
		if (input.contactIds().size() > MAX_LISTED_CONTACTS) {
			throw new UserErrorsException(UserError.of(UserErrorCode.OUT_OF_RANGE, "At most " + MAX_LISTED_CONTACTS
					+ " contacts by id; enrol more through a filter, as a job", "contactIds"));
		}
		Enrollments.Outcome outcome = enrollments.enroll(input.planId(), input.contactIds(), startOn, fallback, by);
		return new EnrollInTouchPlanPayload(enrollments.find(EnrollmentQuery.byIds(outcome.enrolledIds())),
				outcome.skipped(), null, List.of());
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	EnrollmentPayload pauseEnrollment(@Argument EnrollmentChangeInput input) {
		return change(() -> enrollments.pause(input.id(), day(input)));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	EnrollmentPayload resumeEnrollment(@Argument EnrollmentChangeInput input) {
		return change(() -> enrollments.resume(input.id(), day(input)));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	EnrollmentPayload cancelEnrollment(@Argument EnrollmentChangeInput input) {
		return change(() -> enrollments.cancel(input.id()));
	}

	private LocalDate day(EnrollmentChangeInput input) {
		return input.on() == null ? zones.today(null) : input.on();
	}

	private EnrollmentPayload change(Supplier<String> write) {
		return Payloads.attempt(write,
				id -> new EnrollmentPayload(enrollments.find(EnrollmentQuery.byIds(List.of(id))).getFirst(), List.of()),
				errors -> new EnrollmentPayload(null, errors));
	}

	@BatchMapping(typeName = "Enrollment")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Enrollment, TouchPlan> plan(List<Enrollment> list) {
		Map<String, TouchPlan> all = new HashMap<>();
		plans.all().forEach(p -> all.put(p.id(), p));
		Map<Enrollment, TouchPlan> result = new HashMap<>();
		list.stream().filter(e -> all.containsKey(e.planId())).forEach(e -> result.put(e, all.get(e.planId())));
		return result;
	}

	@BatchMapping(typeName = "Enrollment")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Enrollment, Contact> contact(List<Enrollment> list) {
		Map<String, Contact> found = contacts
			.findAll(list.stream().map(Enrollment::contactId).filter(Objects::nonNull).distinct().toList());
		Map<Enrollment, Contact> result = new HashMap<>();
		list.stream().filter(e -> found.containsKey(e.contactId())).forEach(e -> result.put(e, found.get(e.contactId())));
		return result;
	}

}
