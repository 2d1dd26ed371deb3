package com.rootline.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the per-day touch counts ({@code TouchDay}, migration V015) true: how many contacts were
 * last in touch on each day, and how many of those have descendants. Today's gift plan sums them
 * to count its dormant and scoring recipients.
 * <p>
 * Writers name the contacts whose day in touch or descendants they may have changed, and the ones
 * they deleted; the counts are adjusted once, in one statement, just before the writer's
 * transaction commits. Every writer of a day's counts locks that day's node; taking the days last,
 * in date order, means a writer holding a day waits for nothing but a later day, and holds it only
 * until its commit.
 */
@Component
public class TouchDays {

	/** A deleted contact: the day and flag it was counted under. */
	public record Counted(LocalDate on, boolean scoring) {

		public static Counted of(Map<String, Object> row) {
			return new Counted((LocalDate) row.get("countedOn"), Boolean.TRUE.equals(row.get("countedScoring")));
		}

		Map<String, Object> asParameter() {
			return Map.of("on", on, "scoring", scoring);
		}

	}

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	TouchDays(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/**
	 * Contacts, by element id, whose day last in touch or descendants this transaction may have
	 * changed, new ones included. Extra names are harmless: a contact counted as it is stays as it is.
	 */
	public void changed(Collection<String> elementIds) {
		pending().elementIds.addAll(elementIds);
	}

	/** Contacts this transaction deleted, with what they were counted under (ignored when never counted). */
	public void removed(Collection<Counted> counted) {
		counted.stream().filter(c -> c.on() != null).forEach(pending().removed::add);
	}

	private Pending pending() {
		return BeforeCommit.recorded(this, Pending::new, this::count);
	}

	/** What one transaction changed. */
	private static final class Pending {

		final Set<String> elementIds = new TreeSet<>();

		final List<Counted> removed = new ArrayList<>();

	}

	private void count(Pending pending) {
		if (!pending.elementIds.isEmpty() || !pending.removed.isEmpty()) {
			neo4j.query(queries.get("facts/count-touch-days"))
				.bindAll(Map.of("elementIds", List.copyOf(pending.elementIds), "removed",
						pending.removed.stream().map(Counted::asParameter).toList()))
				.run();
		}
	}

}
