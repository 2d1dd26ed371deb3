package com.rootline.facts;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.api.TimeZones;
import com.rootline.graph.CypherQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The per-day deal counters seasonality reads (DealDay: per day in the deployment's zone, agent and
 * kind, deals created, entering UNDER_CONTRACT and closed): the deal writers record which deals
 * they changed ({@link DealChanged}), and those are counted from what each was last counted as, in
 * the writer's transaction just before it commits. The counters are only true in the zone they
 * were counted in, so at start-up, when that is not the deployment's zone (the first start with
 * them, or rootline.time-zone changed), a facts rebuild is queued, and until it has counted them
 * seasonality reads the deals themselves ({@link #countedIn}).
 */
@Component
public class DealDays {

	private static final Logger log = LoggerFactory.getLogger(DealDays.class);

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final TimeZones zones;

	private final FactsRebuilds rebuilds;

	DealDays(Neo4jClient neo4j, CypherQueries queries, TimeZones zones, FactsRebuilds rebuilds) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.zones = zones;
		this.rebuilds = rebuilds;
	}

	private record State(String zone, boolean anyDeal) {
	}

	/** Deals are counted once per transaction, just before it commits (see {@link BeforeCommit}). */
	@EventListener
	void on(DealChanged event) {
		BeforeCommit.recorded(this, TreeSet<String>::new, this::count).add(event.dealId());
	}

	private void count(Set<String> dealIds) {
		neo4j.query(queries.get("facts/count-deal-days"))
			.bindAll(Map.of("dealIds", List.copyOf(dealIds), "zone", zones.deployment().getId()))
			.run();
	}

	/** Whether the counters were counted in this zone, so that they answer for it. */
	public boolean countedIn(ZoneId zone) {
		return zone.getId().equals(state().zone());
	}

	/** Not in a transaction of its own: the queued rebuild must be committed when its runner is woken. */
	@EventListener(ApplicationReadyEvent.class)
	void countWhereNeeded() {
		String zone = zones.deployment().getId();
		State state = state();
		if (zone.equals(state.zone())) {
			return;
		}
		if (!state.anyDeal()) {
			neo4j.query(queries.get("facts/set-deal-days-zone")).bind(zone).to("zone").run();
			return;
		}
		log.info("The deal counters were counted in {}, not {}: a facts rebuild counts them again", state.zone(), zone);
		rebuilds.queue("The deal counters are counted in " + zone, "start-up");
	}

	private State state() {
		return neo4j.query(queries.get("facts/deal-days-zone"))
			.fetchAs(State.class)
			.mappedBy((t, r) -> new State(r.get("zone").isNull() ? null : r.get("zone").asString(), r.get("anyDeal").asBoolean()))
			.one()
			.orElseThrow();
	}

}
