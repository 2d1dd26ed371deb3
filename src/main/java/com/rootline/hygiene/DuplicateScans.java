package com.rootline.hygiene;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.rootline.graph.CypherQueries;
import com.rootline.graph.LeasedJobs;
import com.rootline.graph.Statements;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Examines every contact for duplicates, as leased jobs in the graph (see {@link LeasedJobs}): the
 * contacts are read 500 at a time in id order from the id index, each page one transaction with the
 * checkpoint, so memory stays one page. The poll queues a scan every
 * {@code rootline.hygiene.scan-every}, once for all instances; between scans, contacts are examined
 * as they are written.
 */
@Component
class DuplicateScans extends LeasedJobs<DuplicateScans.Claimed> {

	/** A claimed scan: the last contact it examined, if any. */
	record Claimed(String id, String checkpoint) implements LeasedJobs.Claimed {
	}

	private record Progress(long processed, String checkpoint, long total) implements Statements.Inline {
	}

	static final int PAGE = 500;

	private final DuplicateFinder finder;

	private final Duration scanEvery;

	DuplicateScans(Neo4jClient neo4j, CypherQueries queries, DuplicateFinder finder,
			PlatformTransactionManager transactionManager,
			@Value("${rootline.hygiene.poll-interval:1m}") Duration pollInterval,
			@Value("${rootline.hygiene.lease:60s}") Duration lease,
			@Value("${rootline.hygiene.scan-every:7d}") Duration scanEvery) {
		super("rootline-duplicate-scans", pollInterval, lease, "hygiene/scan", Claimed.class, neo4j, queries,
				transactionManager);
		this.finder = finder;
		this.scanEvery = scanEvery;
	}

	record ScanJob(String id, LeasedJobs.Status status, Long total, long processed, String note, String message,
			String createdBy, ZonedDateTime createdAt, ZonedDateTime finishedAt) {
	}

	ScanJob queue(String note, String by) {
		return create(UUID.randomUUID().toString(), note, by);
	}

	Optional<ScanJob> find(String id) {
		return findJob("hygiene/scan-job", id, ScanJob.class);
	}

	/** Queues the periodic scan when none was queued for a period; its id (the period) makes it once. */
	@Override
	protected void queueScheduled() {
		Instant now = Instant.now();
		boolean due = inTransaction(() -> neo4j.query(queries.get("hygiene/scan-due"))
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
		return queueJob("hygiene/scan-create", new NewScan(id, note, by), ScanJob.class);
	}

	private record NewScan(String id, String note, String by) {
	}

	@Override
	protected void run(Claimed job) {
		String id = job.id();
		String checkpoint = job.checkpoint();
		long total = neo4j.query(queries.get("hygiene/contact-count")).fetchAs(Long.class).one().orElse(0L);
		while (true) {
			String after = checkpoint;
			List<String> ids = List.copyOf(neo4j.query(queries.get("hygiene/scan-page"))
				.bindAll(Statements.parameters(new After(after, PAGE)))
				.fetchAs(String.class)
				.all());
			if (ids.isEmpty()) {
				return;
			}
			page(id, () -> {
				finder.examine(ids);
				return new Progress(ids.size(), ids.getLast(), total);
			});
			checkpoint = ids.getLast();
		}
	}

	@Override
	protected String failure(RuntimeException ex) {
		return "The scan stopped: " + ex.getClass().getSimpleName();
	}

	private record After(String after, int limit) {
	}

}
