package com.rootline.graph;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A runner of jobs kept in the graph and worked a page at a time: it claims a job with a lease
 * ({@code <prefix>-claim}), works it page by page, each page one transaction that records the
 * job's progress and checkpoint and renews the lease ({@code <prefix>-progress}, which matches
 * nothing once another runner took the job over, so that page rolls back), and ends it
 * ({@code <prefix>-finish}). A runner that dies stops renewing; any instance then takes the job
 * over and resumes after its checkpoint. The poll may also queue scheduled jobs; a wake, sent when
 * a job was just queued, only works the queued ones.
 */
public abstract class LeasedJobs<J extends Record & LeasedJobs.Claimed> extends JobPoller {

	private static final Logger log = LoggerFactory.getLogger(LeasedJobs.class);

	/** Thrown when another runner took the job over: the page in progress rolls back, the job is left to it. */
	private static final class LostJob extends RuntimeException {

		LostJob() {
			super("The job was taken over by another instance");
		}

	}

	/** Where a job stands; the schema's job statuses (rebuilds, scans, enrolments, scoring) are these. */
	public enum Status {

		QUEUED, RUNNING, COMPLETED, FAILED

	}

	/**
	 * A claimed job as a runner reads it: a record whose components are the job node's properties
	 * it needs ({@code <prefix>-claim} answers the node as {@code job}).
	 */
	public interface Claimed {

		String id();

	}

	protected final Neo4jClient neo4j;

	protected final CypherQueries queries;

	private final Class<J> jobType;

	private final TransactionTemplate transactions;

	private final Duration lease;

	private final String prefix;

	private final String owner = UUID.randomUUID().toString();

	protected LeasedJobs(String threadName, Duration pollInterval, Duration lease, String queryPrefix, Class<J> jobType,
			Neo4jClient neo4j, CypherQueries queries, PlatformTransactionManager transactionManager) {
		super(threadName, pollInterval);
		this.jobType = jobType;
		this.neo4j = neo4j;
		this.queries = queries;
		this.transactions = new TransactionTemplate(transactionManager);
		// A page is background work: the request timeout is for people waiting on an answer.
		this.transactions.setTimeout(300);
		this.lease = lease;
		this.prefix = queryPrefix;
	}

	/** Works one claimed job to its end; pages go through {@link #page}. */
	protected abstract void run(J job);

	/** The job's message when it fails on an unexpected error. */
	protected abstract String failure(RuntimeException ex);

	/** Queues the scheduled jobs that are due; none by default. Called by the poll only. */
	protected void queueScheduled() {
	}

	/** The claim query's parameters beyond the owner and the lease; none by default. */
	protected Statements.Inline claimParameters() {
		return new NoParameters();
	}

	private record NoParameters() implements Statements.Inline {
	}

	@Override
	public void drain() {
		try {
			queueScheduled();
		}
		catch (RuntimeException ex) {
			log.error("{}: queueing scheduled jobs failed; they are tried at the next poll", prefix, ex);
		}
		drainWoken();
	}

	/** A job was just queued: queued jobs run now; the schedule waits for the poll. */
	@Override
	protected void drainWoken() {
		try {
			Optional<J> job;
			while ((job = claim()).isPresent()) {
				runClaimed(job.get());
			}
		}
		catch (RuntimeException ex) {
			log.error("{}: the runner failed; it retries at the next poll", prefix, ex);
		}
	}

	/** A job by id, or the newest when {@code id} is null, read with a named query that answers it as {@code job}. */
	protected <T extends Record> Optional<T> findJob(String query, String id, Class<T> type) {
		return neo4j.query(queries.get(query))
			.bindAll(Statements.parameters(new ById(id)))
			.fetchAs(type)
			.mappedBy((types, r) -> Statements.row(r.get("job")::get, type))
			.one();
	}

	private record ById(String id) {
	}

	/**
	 * Queues a job with a named query that answers it as {@code job}, in a transaction of its own,
	 * and wakes the runner.
	 */
	protected <T extends Record> T queueJob(String query, Record parameters, Class<T> type) {
		T job = inTransaction(() -> neo4j.query(queries.get(query))
			.bindAll(Statements.parameters(parameters))
			.fetchAs(type)
			.mappedBy((types, r) -> Statements.row(r.get("job")::get, type))
			.one()
			.orElseThrow());
		wake();
		return job;
	}

	/** Runs {@code work} in a transaction of its own (queueing a job, training before the pages). */
	protected <T> T inTransaction(Supplier<T> work) {
		return transactions.execute(tx -> work.get());
	}

	/**
	 * One page of a job: its work, which answers the page's progress (a record of the parameters of
	 * {@code <prefix>-progress} besides id, owner and lease), and that progress, in one transaction,
	 * tried again with back-off on a transient failure.
	 * @throws LostJob when another runner took the job over
	 */
	protected <P extends Record & Statements.Inline> void page(String jobId, Supplier<P> work) {
		Retries.jobStep(6, attempt -> transactions.execute(tx -> {
			progress(jobId, work.get());
			return null;
		}));
	}

	/** Records progress in the caller's transaction, only while this runner holds the lease. */
	protected <P extends Record & Statements.Inline> void progress(String jobId, P progress) {
		whileLeased(prefix + "-progress", jobId, progress);
	}

	/**
	 * Runs a named query that writes to the job (given id, owner and leaseSeconds besides
	 * {@code params}) and matches only while this runner holds its lease; when it matches nothing,
	 * the job was taken over and the caller's transaction rolls back.
	 */
	protected <P extends Record & Statements.Inline> void whileLeased(String query, String jobId, P params) {
		if (neo4j.query(queries.get(query))
			.bindAll(Statements.parameters(new Leased(jobId, owner, lease.toSeconds(), params)))
			.fetch()
			.one()
			.isEmpty()) {
			throw new LostJob();
		}
	}

	/** A write to a job: which, by whom, how long the lease runs on, and the write's own parameters. */
	private record Leased(String id, String owner, long leaseSeconds, Statements.Inline params) {
	}

	private record Claim(String owner, long leaseSeconds, Statements.Inline more) {
	}

	private Optional<J> claim() {
		Claim claim = new Claim(owner, lease.toSeconds(), claimParameters());
		return transactions.execute(tx -> neo4j.query(queries.get(prefix + "-claim"))
			.bindAll(Statements.parameters(claim))
			.fetchAs(jobType)
			.mappedBy((types, r) -> Statements.row(r.get("job")::get, jobType))
			.one());
	}

	private void runClaimed(J job) {
		String id = job.id();
		try {
			run(job);
			finish(id, Status.COMPLETED, null);
		}
		catch (LostJob lost) {
			log.info("{} {} was taken over by another instance", prefix, id);
		}
		catch (RuntimeException ex) {
			log.error("{} {} failed", prefix, id, ex);
			finish(id, Status.FAILED, failure(ex));
		}
	}

	private void finish(String id, Status status, String message) {
		Finish finish = new Finish(id, owner, status, message);
		transactions.execute(tx -> neo4j.query(queries.get(prefix + "-finish")).bindAll(Statements.parameters(finish)).run());
	}

	private record Finish(String id, String owner, Status status, String message) {
	}

}
