package com.rootline.touchplan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.rootline.contact.ContactFilter;
import com.rootline.contact.ContactStream;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.LeasedJobs;
import com.rootline.graph.Statements;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrolments of a whole contacts filter, as leased jobs in the graph (see {@link LeasedJobs}): the
 * filter's contacts are enrolled a page at a time in id order, each page one transaction with the
 * checkpoint. Enrolling is idempotent per contact, so a page repeated after a crash enrols nobody twice.
 */
@Component
class EnrollmentJobs extends LeasedJobs<EnrollmentJobs.Claimed> {

	/** A claimed enrolment job: whom it enrols (a contact filter, as JSON), where, from when, for whom. */
	record Claimed(String id, String checkpoint, String filter, String planId, LocalDate startOn,
			String fallbackAssigneeId, String createdBy) implements LeasedJobs.Claimed {
	}

	private record Progress(long processed, long enrolled, long skipped, String checkpoint, long total) implements Statements.Inline {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final int PAGE = 500;

	private final Enrollments enrollments;

	private final ContactStream contacts;

	EnrollmentJobs(Neo4jClient neo4j, CypherQueries queries, Enrollments enrollments, ContactStream contacts,
			PlatformTransactionManager transactionManager,
			@Value("${rootline.touch-plans.poll-interval:2s}") Duration pollInterval,
			@Value("${rootline.touch-plans.lease:60s}") Duration lease) {
		super("rootline-enrollments", pollInterval, lease, "touchplan/job", Claimed.class, neo4j, queries,
				transactionManager);
		this.enrollments = enrollments;
		this.contacts = contacts;
	}

	record EnrollmentJob(String id, String planId, LeasedJobs.Status status, LocalDate startOn, Long total,
			long processed, long enrolled, long skipped, String message, String createdBy, ZonedDateTime createdAt,
			ZonedDateTime finishedAt) {
	}

	/** Checks the filter now (a bad one is answered at once) and queues the job. */
	EnrollmentJob queue(String planId, ContactFilter filter, LocalDate startOn, String fallbackAssigneeId, String by) {
		contacts.matching(filter);
		return queueJob("touchplan/job-create", new NewJob(UUID.randomUUID().toString(), planId,
				JSON.writeValueAsString(filter), startOn, fallbackAssigneeId, by), EnrollmentJob.class);
	}

	private record NewJob(String id, String planId, String filter, LocalDate startOn, String fallbackAssigneeId,
			String by) {
	}

	Optional<EnrollmentJob> find(String id) {
		return findJob("touchplan/job", id, EnrollmentJob.class);
	}

	@Override
	protected void run(Claimed job) {
		String id = job.id();
		String checkpoint = job.checkpoint();
		ContactFilter filter = JSON.readValue(job.filter(), ContactFilter.class);
		ContactStream.Matching matching = contacts.matching(filter);
		long total = matching.count();
		matching.forEachIdPage(PAGE, ids -> {
			List<String> todo = ids.stream().filter(c -> c.compareTo(checkpoint) > 0).toList();
			if (!todo.isEmpty()) {
				page(id, () -> {
					Enrollments.Outcome outcome = enrollments.enroll(job.planId(), todo, job.startOn(),
							job.fallbackAssigneeId(), job.createdBy());
					return new Progress(todo.size(), outcome.enrolledIds().size(), outcome.skipped().size(),
							todo.getLast(), total);
				});
			}
		});
	}

	@Override
	protected String failure(RuntimeException ex) {
		return "The enrolment stopped: " + ex.getClass().getSimpleName();
	}

}
