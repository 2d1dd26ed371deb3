package com.rootline.facts;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.rootline.graph.CypherQueries;
import com.rootline.graph.LeasedJobs;
import com.rootline.graph.Retries;
import com.rootline.graph.Statements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Rebuilds of every maintained fact as leased jobs in the graph (see {@link LeasedJobs}): the facts
 * as the writers kept them are stored first, then each step of {@link GraphFacts} runs, then what
 * differs is counted and stored with the rebuild. The checkpoint is the phase done last, so a
 * rebuild taken over by another instance goes on from the next phase, and still compares with
 * the facts stored before it began. One rebuild at a time: queueing refuses while one is queued or
 * running.
 */
@Component
class FactsRebuilds extends LeasedJobs<FactsRebuilds.Claimed> {

	/** A claimed rebuild: the last phase it finished, if any. */
	record Claimed(String id, String checkpoint) implements LeasedJobs.Claimed {
	}

	/** A finished phase. */
	private record Progress(int phasesDone, Phase phase, String checkpoint) implements Statements.Inline {
	}

	/** What the comparison found, per kind of fact in GraphFact's order. */
	private record Found(List<Long> differed, List<String> examples) implements Statements.Inline {
	}

	/** The phases of a rebuild, in order: the snapshot, the steps of {@link GraphFacts}, the comparison. */
	enum Phase {

		SNAPSHOT(null), TREE_KEYS(GraphFacts.Step.TREE_KEYS), COUNTERS(GraphFacts.Step.COUNTERS),
		LAST_TOUCH(GraphFacts.Step.LAST_TOUCH), TOUCH_DAYS(GraphFacts.Step.TOUCH_DAYS), ROI_DAYS(GraphFacts.Step.ROI_DAYS),
		DEAL_DAYS(GraphFacts.Step.DEAL_DAYS), MIX_COUNTS(GraphFacts.Step.MIX_COUNTS),
		FUNNEL_COUNTS(GraphFacts.Step.FUNNEL_COUNTS), BOOK_COUNTS(GraphFacts.Step.BOOK_COUNTS),
		ACTIVITY_COUNTS(GraphFacts.Step.ACTIVITY_COUNTS), COMPARE(null);

		/** The rebuild step this phase runs; none for the snapshot and the comparison. */
		final GraphFacts.Step step;

		Phase(GraphFacts.Step step) {
			this.step = step;
		}

	}

	private static final Logger log = LoggerFactory.getLogger(FactsRebuilds.class);

	private final GraphFacts facts;

	FactsRebuilds(Neo4jClient neo4j, CypherQueries queries, GraphFacts facts, PlatformTransactionManager transactionManager,
			@Value("${rootline.facts.poll-interval:1m}") Duration pollInterval,
			@Value("${rootline.facts.lease:10m}") Duration lease) {
		super("rootline-facts-rebuilds", pollInterval, lease, "facts/rebuild", Claimed.class, neo4j, queries,
				transactionManager);
		this.facts = facts;
	}

	record Rebuild(String id, LeasedJobs.Status status, String reason, String createdBy, ZonedDateTime createdAt,
			ZonedDateTime startedAt, ZonedDateTime finishedAt, Phase phase, int phasesDone, int phaseCount,
			String message, List<GraphFacts.Difference> differences) {

		/** The job node: its differences are two lists in the order of {@link GraphFact}. */
		record Stored(String id, LeasedJobs.Status status, String reason, String createdBy, ZonedDateTime createdAt,
				ZonedDateTime startedAt, ZonedDateTime finishedAt, Phase phase, int phasesDone, String message,
				List<Long> differed, List<String> examples) {
		}

		static Rebuild of(Stored job) {
			List<GraphFacts.Difference> differences = new ArrayList<>();
			for (int i = 0; i < job.differed().size(); i++) {
				String ids = job.examples().get(i);
				differences.add(new GraphFacts.Difference(GraphFact.values()[i], job.differed().get(i),
						ids.isEmpty() ? List.of() : List.of(ids.split(" "))));
			}
			return new Rebuild(job.id(), job.status(), job.reason(), job.createdBy(), job.createdAt(), job.startedAt(),
					job.finishedAt(), job.phase(), job.phasesDone(), Phase.values().length, job.message(),
					List.copyOf(differences));
		}

	}

	/** A rebuild queued, or refused because another is queued or running (which it then is). */
	record Queued(Rebuild rebuild, boolean refused) {
	}

	Queued queue(String reason, String by) {
		NewRebuild rebuild = new NewRebuild(UUID.randomUUID().toString(), reason, by);
		Queued queued = inTransaction(() -> neo4j.query(queries.get("facts/rebuild-create"))
			.bindAll(Statements.parameters(rebuild))
			.fetchAs(Queued.class)
			.mappedBy((t, r) -> new Queued(Rebuild.of(Statements.row(r.get("job")::get, Rebuild.Stored.class)),
					r.get("refused").asBoolean()))
			.one()
			.orElseThrow());
		if (!queued.refused()) {
			wake();
		}
		return queued;
	}

	private record NewRebuild(String id, String reason, String by) {
	}

	Optional<Rebuild> find(String id) {
		return findJob("facts/rebuild-job", id, Rebuild.Stored.class).map(Rebuild::of);
	}

	@Override
	protected void run(Claimed job) {
		String id = job.id();
		String checkpoint = job.checkpoint();
		int next = checkpoint == null || checkpoint.isEmpty() ? 0 : Phase.valueOf(checkpoint).ordinal() + 1;
		for (Phase phase : List.of(Phase.values()).subList(next, Phase.values().length)) {
			long started = System.nanoTime();
			Retries.jobStep(6, attempt -> {
				run(id, phase);
				return null;
			});
			log.info("Facts rebuild {}: {} done in {} ms", id, phase, (System.nanoTime() - started) / 1_000_000);
			Progress progress = new Progress(phase.ordinal() + 1, phase, phase.name());
			inTransaction(() -> {
				progress(id, progress);
				return null;
			});
		}
	}

	private void run(String id, Phase phase) {
		switch (phase) {
			case SNAPSHOT -> facts.snapshot(id);
			case COMPARE -> {
				List<GraphFacts.Difference> differences = facts.compare(id);
				Found found = new Found(differences.stream().map(d -> (long) d.differed()).toList(),
						differences.stream().map(d -> String.join(" ", d.examples())).toList());
				inTransaction(() -> {
					whileLeased("facts/rebuild-differences", id, found);
					return null;
				});
				facts.forgetSnapshot();
			}
			default -> facts.rebuild(phase.step);
		}
	}

	@Override
	protected String failure(RuntimeException ex) {
		return "The rebuild stopped: " + ex.getClass().getSimpleName();
	}

}
