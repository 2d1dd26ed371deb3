package com.rootline.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.graph.CypherQueries;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The per-day channel ROI facts ({@code RoiDay}, read by the channel ROI report): each day a
 * transaction's changes can touch is recomputed from the graph once, just before it commits, after
 * every other counter ({@link BeforeCommit.Counter#ROI_DAYS}): every writer of a day merges the
 * same node, so it is the last lock a writer takes. The days are those of moved origins
 * ({@link OriginsChanged}) and the closing days of written deals ({@link DealChanged}).
 */
@Component
class RoiDays {

	private static final int DAYS_PER_STATEMENT = 100;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	RoiDays(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/** What one transaction changed. */
	private static final class Pending {

		final Set<LocalDate> days = new TreeSet<>();

		final Set<String> dealIds = new TreeSet<>();

	}

	@EventListener
	void on(OriginsChanged change) {
		pending().days.addAll(change.days());
	}

	/** A deal moved in its client's tree is in its subtree's days already ({@link OriginsChanged}). */
	@EventListener
	void on(DealChanged change) {
		if (change.change() == DealChanged.Change.WRITTEN) {
			pending().dealIds.add(change.dealId());
		}
	}

	private Pending pending() {
		return BeforeCommit.recorded(BeforeCommit.Counter.ROI_DAYS, Pending::new, this::refresh);
	}

	private void refresh(Pending pending) {
		Set<LocalDate> days = new TreeSet<>(pending.days);
		if (!pending.dealIds.isEmpty()) {
			days.addAll(neo4j.query(queries.get("facts/closing-days"))
				.bind(List.copyOf(pending.dealIds))
				.to("dealIds")
				.fetchAs(LocalDate.class)
				.mappedBy((t, r) -> r.get("day").asLocalDate())
				.all());
		}
		List<LocalDate> sorted = new ArrayList<>(days);
		for (int from = 0; from < sorted.size(); from += DAYS_PER_STATEMENT) {
			neo4j.query(queries.get("facts/refresh-roi-days"))
				.bind(sorted.subList(from, Math.min(sorted.size(), from + DAYS_PER_STATEMENT)))
				.to("days")
				.run();
		}
	}

}
