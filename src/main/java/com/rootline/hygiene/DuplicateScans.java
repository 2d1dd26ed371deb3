package com.rootline.hygiene;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

/**
 * Examines every contact for duplicates, as jobs in the graph: a runner on any instance claims a
 * scan with a lease and examines the contacts 500 at a time in id order (each page one transaction
 * with the checkpoint and the renewed lease, read from the id index, so memory stays one page); a
 * scan whose runner died is taken over after the lease and resumes after its checkpoint. The poll
 * queues a scan every {@code rootline.hygiene.scan-every}, once for all instances; between scans,
 * written contacts are examined as they are written.
 */
@Component
class DuplicateScans extends JobPoller {

	private static final Logger log = LoggerFactory.getLogger(DuplicateScans.class);

	static final int PAGE = 500;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final DuplicateFinder finder;

	private final TransactionTemplate transactions;

	private final Duration lease;

	private final Duration scanEvery;

	private final String owner = UUID.randomUUID().toString();

	DuplicateScans(Neo4jClient neo4j, CypherQueries queries, DuplicateFinder finder,
			PlatformTransactionManager transactionManager,
			@Value("${rootline.hygiene.poll-interval:1m}") Duration pollInterval,
			@Value("${rootline.hygiene.lease:60s}") Duration lease,
			@Value("${rootline.hygiene.scan-every:7d}") Duration scanEvery) {
		super("rootline-duplicate-scans", pollInterval);
		this.neo4j = neo4j;
		this.queries = queries;
		this.finder = finder;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout(300);
		this.lease = lease;
		this.scanEvery = scanEvery;
	}

	record ScanJob(String id, String status, Long total, long processed, String note, String message,
			String createdBy, ZonedDateTime createdAt, ZonedDateTime finishedAt) {

		static ScanJob of(Map<String, Object> m) {
			return new ScanJob((String) m.get("id"), (String) m.get("status"), (Long) m.get("total"),
					(Long) m.get("processed"), (String) m.get("note"), (String) m.get("message"),
					(String) m.get("createdBy"), (ZonedDateTime) m.get("createdAt"), (ZonedDateTime) m.get("finishedAt"));
		}

	}

	ScanJob queue(String note, String by) {
		return create(UUID.randomUUID().toString(), note, by);
	}

	Optional<ScanJob> find(String id) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		return neo4j.query(queries.get("hygiene/scan-job"))
			.bindAll(params)
			.fetchAs(ScanJob.class)
			.mappedBy((t, r) -> ScanJob.of(r.get("job").asMap()))
			.one();
	}

	@Override
	public void drain() {
		try {
			queueScheduled();
		}
		catch (RuntimeException ex) {
			log.error("Queueing the scheduled duplicate scan failed; it is tried at the next poll", ex);
		}
		drainWoken();
	}

	/** A scan was just queued: it runs now; the schedule waits for the poll. */
	@Override
	protected void drainWoken() {
		try {
			Optional<Map<String, Object>> job;
			while ((job = claim()).isPresent()) {
				run(job.get());
			}
		}
		catch (RuntimeException ex) {
			log.error("Duplicate scan runner failed; it retries at the next poll", ex);
		}
	}

	/** Queues the periodic scan when none was queued for a period; its id (the period) makes it once. */
	void queueScheduled() {
		Instant now = Instant.now();
		boolean due = transactions.execute(tx -> neo4j.query(queries.get("hygiene/scan-due"))
			.bind(now.minus(scanEvery).atOffset(ZoneOffset.UTC))
			.to("since")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false));
		if (due) {
			create("scheduled-" + now.toEpochMilli() / Math.max(1, scanEvery.toMillis()), null, "schedule");
		}
	}

	private ScanJob create(String id, String note, String by) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("note", note);
		params.put("by", by);
		ScanJob job = transactions.execute(tx -> neo4j.query(queries.get("hygiene/scan-create"))
			.bindAll(params)
			.fetchAs(ScanJob.class)
			.mappedBy((t, r) -> ScanJob.of(r.get("job").asMap()))
			.one()
			.orElseThrow());
		wake();
		return job;
	}

	private Optional<Map<String, Object>> claim() {
		return transactions.execute(tx -> neo4j.query(queries.get("hygiene/scan-claim"))
			.bindAll(Map.of("owner", owner, "leaseSeconds", lease.toSeconds()))
			.fetch()
			.one()
			.map(r -> castMap(r.get("job"))));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object job) {
		return (Map<String, Object>) job;
	}

	/** Thrown when another runner took the scan over: the page in progress rolls back. */
	private static final class LostJob extends RuntimeException {

		LostJob() {
			super("The duplicate scan was taken over by another instance");
		}

	}

	private void run(Map<String, Object> job) {
		String id = (String) job.get("id");
		String checkpoint = (String) job.get("checkpoint");
		try {
			long total = neo4j.query(queries.get("hygiene/contact-count")).fetchAs(Long.class).one().orElse(0L);
			while (true) {
				String after = checkpoint;
				List<String> ids = List.copyOf(neo4j.query(queries.get("hygiene/scan-page"))
					.bindAll(Map.of("after", after, "limit", PAGE))
					.fetchAs(String.class)
					.all());
				if (ids.isEmpty()) {
					break;
				}
				Retries.jobStep(6, attempt -> transactions.execute(tx -> page(id, ids, total)));
				checkpoint = ids.getLast();
			}
			finish(id, "COMPLETED", null);
		}
		catch (LostJob lost) {
			log.info("Duplicate scan {} was taken over by another instance", id);
		}
		catch (RuntimeException ex) {
			log.error("Duplicate scan {} failed", id, ex);
			finish(id, "FAILED", "The scan stopped: " + ex.getClass().getSimpleName());
		}
	}

	private String page(String id, List<String> ids, long total) {
		finder.examine(ids);
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("owner", owner);
		params.put("processed", ids.size());
		params.put("checkpoint", ids.getLast());
		params.put("total", total);
		params.put("leaseSeconds", lease.toSeconds());
		if (neo4j.query(queries.get("hygiene/scan-progress")).bindAll(params).fetch().one().isEmpty()) {
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
		transactions.execute(tx -> neo4j.query(queries.get("hygiene/scan-finish")).bindAll(params).run());
	}

}
