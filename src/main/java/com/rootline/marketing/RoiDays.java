package com.rootline.marketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.deal.DealClosed;
import com.rootline.graph.CypherQueries;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the per-day ROI facts ({@code RoiDay}) true. Writers announce the days their change can
 * touch; each of those days is recomputed from the graph in the writer's own transaction, so a
 * report never sees a write without its facts, and there is no counter to drift.
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

	@EventListener
	void on(OriginsChanged event) {
		refresh(event.days());
	}

	/** After the other listeners: the shared RoiDay node is the last lock a writer takes. */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(DealClosed event) {
		refresh(Set.of(event.closedOn()));
	}

	void refresh(Collection<LocalDate> days) {
		List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(days));
		for (int from = 0; from < sorted.size(); from += DAYS_PER_STATEMENT) {
			neo4j.query(queries.get("marketing/refresh-days"))
				.bind(sorted.subList(from, Math.min(sorted.size(), from + DAYS_PER_STATEMENT)))
				.to("days")
				.run();
		}
	}

}
