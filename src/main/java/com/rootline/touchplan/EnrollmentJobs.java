package com.rootline.touchplan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.rootline.contact.ContactFilter;
import com.rootline.contact.ContactStream;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.JobPoller;
import com.rootline.graph.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrolments of a whole contacts filter, as jobs in the graph. A runner on any instance claims a
 * job with a lease, enrols the filter's contacts a page at a time in id order (each page one
 * transaction that also records the checkpoint and renews the lease), and a job whose runner died
 * is taken over after the lease and resumes after its checkpoint. Enrolling is idempotent per
 * contact, so a page repeated after a crash enrols nobody twice.
 */
@Component
class EnrollmentJobs extends JobPoller {

	private static final Logger log = LoggerFactory.getLogger(EnrollmentJobs.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final int PAGE = 500;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final Enrollments enrollments;

	private final ContactStream contacts;

	private final TransactionTemplate transactions;

	private final Duration lease;

	private final String owner = UUID.randomUUID().toString();

	EnrollmentJobs(Neo4jClient neo4j, CypherQueries queries, Enrollments enrollments, ContactStream contacts,
			PlatformTransactionManager transactionManager,
			@Value("${rootline.touch-plans.poll-interval:2s}") Duration pollInterval,
			@Value("${rootline.touch-plans.lease:60s}") Duration lease) {
		super("rootline-enrollments", pollInterval);
		this.neo4j = neo4j;
		this.queries = queries;
		this.enrollments = enrollments;
		this.contacts = contacts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout(300);
		this.lease = lease;
	}

	record EnrollmentJob(String id, String planId, String status, LocalDate startOn, Long total, long processed,
			long enrolled, long skipped, String message, String createdBy, ZonedDateTime createdAt,
			ZonedDateTime finishedAt) {

		static EnrollmentJob of(Map<String, Object> m) {
			return new EnrollmentJob((String) m.get("id"), (String) m.get("planId"), (String) m.get("status"),
					(LocalDate) m.get("startOn"), (Long) m.get("total"), (Long) m.get("processed"),
					(Long) m.get("enrolled"), (Long) m.get("skipped"), (String) m.get("message"),
					(String) m.get("createdBy"), (ZonedDateTime) m.get("createdAt"), (ZonedDateTime) m.get("finishedAt"));
		}

	}

	/** Checks the filter now (a bad one is answered at once) and queues the job. */
	EnrollmentJob queue(String planId, ContactFilter filter, LocalDate startOn, String fallbackAssigneeId, String by) {
		contacts.matching(filter);
		Map<String, Object> params = new HashMap<>();
		params.put("id", UUID.randomUUID().toString());
		params.put("planId", planId);
		params.put("filter", JSON.writeValueAsString(filter));
		params.put("startOn", startOn);
		params.put("fallbackAssigneeId", fallbackAssigneeId);
		params.put("by", by);
		EnrollmentJob job = transactions.execute(tx -> neo4j.query(queries.get("touchplan/job-create"))
			.bindAll(params)
			.fetchAs(EnrollmentJob.class)
			.mappedBy((t, r) -> EnrollmentJob.of(r.get("job").asMap()))
			.one()
			.orElseThrow());
		wake();
		return job;
	}

	Optional<EnrollmentJob> find(String id) {
		return neo4j.query(queries.get("touchplan/job"))
			.bind(id)
			.to("id")
			.fetchAs(EnrollmentJob.class)
			.mappedBy((t, r) -> EnrollmentJob.of(r.get("job").asMap()))
			.one();
	}

	@Override
	public void drain() {
		try {
			Optional<Map<String, Object>> job;
			while ((job = claim()).isPresent()) {
				run(job.get());
			}
		}
		catch (RuntimeException ex) {
			log.error("Enrolment runner failed; it retries at the next poll", ex);
		}
	}

	private Optional<Map<String, Object>> claim() {
		return transactions.execute(tx -> neo4j.query(queries.get("touchplan/job-claim"))
			.bindAll(Map.of("owner", owner, "leaseSeconds", lease.toSeconds()))
			.fetch()
			.one()
			.map(r -> castMap(r.get("job"))));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object job) {
		return (Map<String, Object>) job;
	}

	/** Thrown when another runner took the job over: the page in progress rolls back. */
	private static final class LostJob extends RuntimeException {

		LostJob() {
			super("The enrolment job was taken over by another instance");
		}

	}

	private void run(Map<String, Object> job) {
		String id = (String) job.get("id");
		String checkpoint = (String) job.get("checkpoint");
		try {
			ContactFilter filter = JSON.readValue((String) job.get("filter"), ContactFilter.class);
			ContactStream.Matching matching = contacts.matching(filter);
			long[] total = { 0 };
			matching.forEachIdPage(PAGE, ids -> total[0] += ids.size());
			matching.forEachIdPage(PAGE, ids -> {
				List<String> todo = ids.stream().filter(c -> c.compareTo(checkpoint) > 0).toList();
				if (!todo.isEmpty()) {
					Retries.jobStep(6, attempt -> transactions.execute(tx -> page(job, todo, total[0])));
				}
			});
			finish(id, "COMPLETED", null);
		}
		catch (LostJob lost) {
			log.info("Enrolment job {} was taken over by another instance", id);
		}
		catch (RuntimeException ex) {
			log.error("Enrolment job {} failed", id, ex);
			finish(id, "FAILED", "The enrolment stopped: " + ex.getClass().getSimpleName());
		}
	}

	private String page(Map<String, Object> job, List<String> ids, long total) {
		Enrollments.Outcome outcome = enrollments.enroll((String) job.get("planId"), ids, (LocalDate) job.get("startOn"),
				(String) job.get("fallbackAssigneeId"), (String) job.get("createdBy"));
		Map<String, Object> params = new HashMap<>();
		params.put("id", job.get("id"));
		params.put("owner", owner);
		params.put("processed", ids.size());
		params.put("enrolled", outcome.enrolledIds().size());
		params.put("skipped", outcome.skipped().size());
		params.put("checkpoint", ids.getLast());
		params.put("total", total);
		params.put("leaseSeconds", lease.toSeconds());
		if (neo4j.query(queries.get("touchplan/job-progress")).bindAll(params).fetch().one().isEmpty()) {
			throw new LostJob();
		}
		return ids.getLast();
	}

	private void finish(String id, String status, String message) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("owner", owner);
		params.put("status", status);
		params.put("message", message);
		transactions.execute(tx -> neo4j.query(queries.get("touchplan/job-finish")).bindAll(params).run());
	}

}
