package com.rootline.conversion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.UserErrorsException;
import com.rootline.contact.ContactFilter;
import com.rootline.contact.ContactStream;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.LeasedJobs;
import com.rootline.graph.Statements;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores every contact of a filter (all of them when scheduled) and stores the suggestions, as
 * leased jobs in the graph (see {@link LeasedJobs}): the filter's ids are streamed in id order and
 * scored 500 at a time, each page one transaction with the checkpoint, so memory stays one page
 * whatever the number of contacts. Every {@code rootline.conversion.rescore-every} the poll queues
 * a job for every contact, once for all instances; every {@code retrain-every} that job first
 * trains a model on the newest history.
 */
@Component
class ScoringJobs extends LeasedJobs<ScoringJobs.Claimed> {

	/**
	 * A claimed scoring job: whom it scores (a contact filter, as JSON), and whether it trains first
	 * (with what; absent on jobs queued before training existed) and has trained already.
	 */
	record Claimed(String id, String checkpoint, String filter, Boolean train, String trainedVersion,
			LocalDate trainCutoff, Integer trainHorizon, String createdBy) implements LeasedJobs.Claimed {
	}

	private record Progress(long processed, String checkpoint, long total, String modelVersion,
			ConversionScores.Basis basis) implements Statements.Inline {
	}

	/** When the last scoring and training must have been queued for none to be due now. */
	private record Since(OffsetDateTime scoredSince, OffsetDateTime trainedSince) {
	}

	private record Due(boolean trainingDue, boolean scoringDue) {
	}

	private record Trained(String version, String message) implements Statements.Inline {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final int PAGE = 500;

	private final ConversionScores scores;

	private final ConversionModels models;

	private final ContactStream contacts;

	private final ConversionSettings settings;

	ScoringJobs(Neo4jClient neo4j, CypherQueries queries, ConversionScores scores, ConversionModels models,
			ContactStream contacts, PlatformTransactionManager transactionManager, ConversionSettings settings) {
		super("rootline-conversion-scoring", settings.pollInterval(), settings.lease(), "conversion/scoring-job",
				Claimed.class, neo4j, queries, transactionManager);
		this.scores = scores;
		this.models = models;
		this.contacts = contacts;
		this.settings = settings;
	}

	record ScoringJob(String id, LeasedJobs.Status status, Long total, long processed, String modelVersion,
			ConversionScores.Basis basis, Boolean train, String trainedVersion, String message, String createdBy,
			ZonedDateTime createdAt, ZonedDateTime finishedAt) {

		ScoringJob {
			// Jobs queued before jobs could train have no flag: they did not.
			train = Boolean.TRUE.equals(train);
		}

	}

	/** Checks the filter now (a bad one is answered at once) and queues the job. */
	ScoringJob queue(ContactFilter filter, String by) {
		contacts.matching(filter);
		return create(UUID.randomUUID().toString(), filter, by, null);
	}

	/**
	 * Checks the training's input now and queues a job that trains with it, then scores every
	 * contact: training on a large store outlasts a request.
	 */
	ScoringJob queueTraining(ConversionModels.TrainInput input, String by) {
		models.check(input);
		return create(UUID.randomUUID().toString(), ContactFilter.NONE, by, input);
	}

	Optional<ScoringJob> find(String id) {
		return findJob("conversion/scoring-job", id, ScoringJob.class);
	}

	/** Claims and runs jobs until none is waiting or left behind by a dead runner, without the schedule. */
	void runQueued() {
		drainWoken();
	}

	/**
	 * Queues the periodic scoring of every contact when none was queued for a period, training first
	 * when no model was trained for {@code retrain-every}; the ids (named for the period) make each
	 * once for all instances.
	 */
	@Override
	protected void queueScheduled() {
		Instant now = models.now();
		Since since = new Since(now.minus(settings.rescoreEvery()).atOffset(ZoneOffset.UTC),
				settings.retrainEvery().isZero() ? null : now.minus(settings.retrainEvery()).atOffset(ZoneOffset.UTC));
		Due due = inTransaction(() -> neo4j.query(queries.get("conversion/scoring-job-due"))
			.bindAll(Statements.parameters(since))
			.fetchAs(Due.class)
			.mappedBy((types, r) -> Statements.row(r::get, Due.class))
			.one()
			.orElseThrow());
		if (due.trainingDue()) {
			create("scheduled-training-" + now.toEpochMilli() / settings.retrainEvery().toMillis(), ContactFilter.NONE,
					"schedule", new ConversionModels.TrainInput(null, null));
		}
		else if (due.scoringDue()) {
			create("scheduled-" + now.toEpochMilli() / Math.max(1, settings.rescoreEvery().toMillis()),
					ContactFilter.NONE, "schedule", null);
		}
	}

	/** Queues a job; with a training input it trains first. */
	private ScoringJob create(String id, ContactFilter filter, String by, ConversionModels.TrainInput training) {
		return queueJob("conversion/scoring-job-create",
				new NewJob(id, training != null, training == null ? null : training.cutoff(),
						training == null ? null : training.horizonMonths(),
						JSON.writeValueAsString(filter == null ? ContactFilter.NONE : filter), by),
				ScoringJob.class);
	}

	private record NewJob(String id, boolean train, LocalDate trainCutoff, Integer trainHorizon, String filter,
			String by) {
	}

	/** A job that still has to train holds a longer lease: training does not renew it. */
	@Override
	protected Statements.Inline claimParameters() {
		return new TrainingLease(settings.trainingLease().toSeconds());
	}

	private record TrainingLease(long trainingLeaseSeconds) implements Statements.Inline {
	}

	@Override
	protected void run(Claimed job) {
		String id = job.id();
		String checkpoint = job.checkpoint();
		if (Boolean.TRUE.equals(job.train()) && job.trainedVersion() == null) {
			train(id, new ConversionModels.TrainInput(job.trainCutoff(), job.trainHorizon()), job.createdBy());
		}
		ContactFilter filter = JSON.readValue(job.filter(), ContactFilter.class);
		ContactStream.Matching matching = contacts.matching(filter);
		// One model for the whole job, so that every contact of it is scored alike.
		Optional<ConversionModel> model = models.newest(true);
		long total = matching.count();
		matching.forEachIdPage(PAGE, ids -> {
			List<String> todo = ids.stream().filter(c -> c.compareTo(checkpoint) > 0).toList();
			if (!todo.isEmpty()) {
				Progress progress = new Progress(todo.size(), todo.getLast(), total,
						model.map(ConversionModel::version).orElse(null), model.isPresent() ? ConversionScores.Basis.MODEL : ConversionScores.Basis.RULE);
				page(id, () -> {
					scores.store(scores.score(todo, model), models.now());
					return progress;
				});
			}
		});
	}

	@Override
	protected String failure(RuntimeException ex) {
		return "The scoring stopped: " + ex.getClass().getSimpleName();
	}

	/**
	 * Trains before scoring (on the newest history, when scheduled); the model and the job's record
	 * of it commit together. With no history the job says so and scores by the rule (or the last
	 * used model).
	 */
	private void train(String id, ConversionModels.TrainInput input, String by) {
		try {
			inTransaction(() -> {
				ConversionModel model = models.train(input, by);
				trained(id, model.version(), "Trained model " + model.version() + ": " + model.verdict());
				return null;
			});
		}
		catch (UserErrorsException ex) {
			// Nothing was stored (NO_HISTORY rolled the training back); the job goes on to score.
			inTransaction(() -> {
				trained(id, "none", "Not trained: " + ex.errors().getFirst().message());
				return null;
			});
		}
	}

	private void trained(String id, String version, String message) {
		whileLeased("conversion/scoring-job-trained", id, new Trained(version, message));
	}

}
