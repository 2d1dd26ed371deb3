package com.rootline.conversion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.UserErrorsException;
import com.rootline.contact.ContactFilter;
import com.rootline.contact.ContactStream;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.JobPoller;
import com.rootline.graph.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores every contact of a filter (all of them when scheduled) and stores the suggestions, as jobs
 * in the graph: a runner on any instance claims a job with a lease, streams the filter's ids in id
 * order and scores them a page at a time, each page one transaction with the checkpoint and the
 * renewed lease; a job whose runner died is taken over after the lease and resumes after its
 * checkpoint. Memory stays one page whatever the number of contacts. Every
 * {@code rootline.conversion.rescore-every} the poll queues a job for every contact, once for all
 * instances; every {@code retrain-every} that job first trains a model on the newest history.
 */
@Component
class ScoringJobs extends JobPoller {

	private static final Logger log = LoggerFactory.getLogger(ScoringJobs.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final int PAGE = 500;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ConversionScores scores;

	private final ConversionModels models;

	private final ContactStream contacts;

	private final TransactionTemplate transactions;

	private final ConversionSettings settings;

	private final String owner = UUID.randomUUID().toString();

	ScoringJobs(Neo4jClient neo4j, CypherQueries queries, ConversionScores scores, ConversionModels models,
			ContactStream contacts, PlatformTransactionManager transactionManager, ConversionSettings settings) {
		super("rootline-conversion-scoring", settings.pollInterval());
		this.neo4j = neo4j;
		this.queries = queries;
		this.scores = scores;
		this.models = models;
		this.contacts = contacts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout(300);
		this.settings = settings;
	}

	record ScoringJob(String id, String status, Long total, long processed, String modelVersion, String basis,
			boolean train, String trainedVersion, String message, String createdBy, ZonedDateTime createdAt,
			ZonedDateTime finishedAt) {

		static ScoringJob of(Map<String, Object> m) {
			return new ScoringJob((String) m.get("id"), (String) m.get("status"), (Long) m.get("total"),
					(Long) m.get("processed"), (String) m.get("modelVersion"), (String) m.get("basis"),
					Boolean.TRUE.equals(m.get("train")), (String) m.get("trainedVersion"), (String) m.get("message"),
					(String) m.get("createdBy"), (ZonedDateTime) m.get("createdAt"), (ZonedDateTime) m.get("finishedAt"));
		}

	}

	/** Checks the filter now (a bad one is answered at once) and queues the job. */
	ScoringJob queue(ContactFilter filter, String by) {
		contacts.matching(filter);
		return create(UUID.randomUUID().toString(), filter, by, false);
	}

	Optional<ScoringJob> find(String id) {
		return neo4j.query(queries.get("conversion/scoring-job"))
			.bindAll(nullable("id", id))
			.fetchAs(ScoringJob.class)
			.mappedBy((t, r) -> ScoringJob.of(r.get("job").asMap()))
			.one();
	}

	@Override
	public void drain() {
		try {
			queueScheduled();
			runQueued();
		}
		catch (RuntimeException ex) {
			log.error("Scoring runner failed; it retries at the next poll", ex);
		}
	}

	/** A job was just queued: it runs now; the schedule waits for the poll. */
	@Override
	protected void drainWoken() {
		try {
			runQueued();
		}
		catch (RuntimeException ex) {
			log.error("Scoring runner failed; it retries at the next poll", ex);
		}
	}

	/** Claims and runs jobs until none is waiting or left behind by a dead runner. */
	void runQueued() {
		Optional<Map<String, Object>> job;
		while ((job = claim()).isPresent()) {
			run(job.get());
		}
	}

	/**
	 * Queues the periodic scoring of every contact when none was queued for a period, training first
	 * when no model was trained for {@code retrain-every}; the ids (named for the period) make each
	 * once for all instances.
	 */
	void queueScheduled() {
		Instant now = models.now();
		Map<String, Object> params = new HashMap<>();
		params.put("scoredSince", now.minus(settings.rescoreEvery()).atOffset(ZoneOffset.UTC));
		params.put("trainedSince", settings.retrainEvery().isZero() ? null
				: now.minus(settings.retrainEvery()).atOffset(ZoneOffset.UTC));
		Map<String, Object> due = transactions.execute(tx -> neo4j.query(queries.get("conversion/scoring-job-due"))
			.bindAll(params)
			.fetch()
			.one()
			.orElseThrow());
		if (Boolean.TRUE.equals(due.get("trainingDue"))) {
			create("scheduled-training-" + now.toEpochMilli() / settings.retrainEvery().toMillis(), ContactFilter.NONE,
					"schedule", true);
		}
		else if (Boolean.TRUE.equals(due.get("scoringDue"))) {
			create("scheduled-" + now.toEpochMilli() / Math.max(1, settings.rescoreEvery().toMillis()),
					ContactFilter.NONE, "schedule", false);
		}
	}

	private ScoringJob create(String id, ContactFilter filter, String by, boolean train) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("train", train);
		params.put("filter", JSON.writeValueAsString(filter == null ? ContactFilter.NONE : filter));
		params.put("by", by);
		ScoringJob job = transactions.execute(tx -> neo4j.query(queries.get("conversion/scoring-job-create"))
			.bindAll(params)
			.fetchAs(ScoringJob.class)
			.mappedBy((t, r) -> ScoringJob.of(r.get("job").asMap()))
			.one()
			.orElseThrow());
		wake();
		return job;
	}

	private Optional<Map<String, Object>> claim() {
		return transactions.execute(tx -> neo4j.query(queries.get("conversion/scoring-job-claim"))
			.bindAll(Map.of("owner", owner, "leaseSeconds", settings.lease().toSeconds(), "trainingLeaseSeconds",
					settings.trainingLease().toSeconds()))
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
			super("The scoring job was taken over by another instance");
		}

	}

	private void run(Map<String, Object> job) {
		String id = (String) job.get("id");
		String checkpoint = (String) job.get("checkpoint");
		try {
			if (Boolean.TRUE.equals(job.get("train")) && job.get("trainedVersion") == null) {
				train(id);
			}
			ContactFilter filter = JSON.readValue((String) job.get("filter"), ContactFilter.class);
			ContactStream.Matching matching = contacts.matching(filter);
			// One model for the whole job, so that every contact of it is scored alike.
			Optional<ConversionModel> model = models.newest(true);
			long[] total = { 0 };
			matching.forEachIdPage(PAGE, ids -> total[0] += ids.size());
			matching.forEachIdPage(PAGE, ids -> {
				List<String> todo = ids.stream().filter(c -> c.compareTo(checkpoint) > 0).toList();
				if (!todo.isEmpty()) {
					Retries.jobStep(6, attempt -> transactions.execute(tx -> page(id, todo, total[0], model)));
				}
			});
			finish(id, "COMPLETED", null);
		}
		catch (LostJob lost) {
			log.info("Scoring job {} was taken over by another instance", id);
		}
		catch (RuntimeException ex) {
			log.error("Scoring job {} failed", id, ex);
			finish(id, "FAILED", "The scoring stopped: " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * Trains on the newest history before scoring; the model and the job's record of it commit
	 * together. With no history yet the job says so and scores by the rule (or the last used model).
	 */
	private void train(String id) {
		try {
			transactions.execute(tx -> {
				ConversionModel model = models.train(new ConversionModels.TrainInput(null, null), "schedule");
				trained(id, model.version(), "Trained model " + model.version() + ": " + model.verdict());
				return null;
			});
		}
		catch (UserErrorsException ex) {
			// Nothing was stored (NO_HISTORY rolled the training back); the job goes on to score.
			transactions.execute(tx -> {
				trained(id, "none", "Not trained: " + ex.errors().getFirst().message());
				return null;
			});
		}
	}

	private void trained(String id, String version, String message) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("owner", owner);
		params.put("version", version);
		params.put("message", message);
		params.put("leaseSeconds", settings.lease().toSeconds());
		if (neo4j.query(queries.get("conversion/scoring-job-trained")).bindAll(params).fetch().one().isEmpty()) {
			throw new LostJob();
		}
	}

	private String page(String id, List<String> ids, long total, Optional<ConversionModel> model) {
		scores.store(scores.score(ids, model), models.now());
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("owner", owner);
		params.put("processed", ids.size());
		params.put("checkpoint", ids.getLast());
		params.put("total", total);
		params.put("modelVersion", model.map(ConversionModel::version).orElse(null));
		params.put("basis", model.isPresent() ? "MODEL" : "RULE");
		params.put("leaseSeconds", settings.lease().toSeconds());
		if (neo4j.query(queries.get("conversion/scoring-job-progress")).bindAll(params).fetch().one().isEmpty()) {
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
		transactions.execute(tx -> neo4j.query(queries.get("conversion/scoring-job-finish")).bindAll(params).run());
	}

	private static Map<String, Object> nullable(String key, Object value) {
		Map<String, Object> params = new HashMap<>();
		params.put(key, value);
		return params;
	}

}
