package com.rootline.facts;

import java.time.ZoneId;

import com.rootline.api.TimeZones;
import com.rootline.graph.CypherQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The zone the day and week counters (deal and business mix counters per day, book and activity
 * counters per week) were counted in: they are only true in that zone (the mix counters' days are
 * closing dates, the same in every zone, but are counted by the same rebuild). At start-up, when it is not the deployment's zone (the first
 * start with them, or rootline.time-zone changed), a facts rebuild is queued, and until it has
 * counted them the reports read the deals and contacts themselves ({@link #countedIn}).
 */
@Component
public class CountedZone {

	private static final Logger log = LoggerFactory.getLogger(CountedZone.class);

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final TimeZones zones;

	private final FactsRebuilds rebuilds;

	CountedZone(Neo4jClient neo4j, CypherQueries queries, TimeZones zones, FactsRebuilds rebuilds) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.zones = zones;
		this.rebuilds = rebuilds;
	}

	private record State(String zone, boolean anyCounted) {
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
		if (!state.anyCounted()) {
			neo4j.query(queries.get("facts/set-counted-zone")).bind(zone).to("zone").run();
			return;
		}
		log.info("The day and week counters were counted in {}, not {}: a facts rebuild counts them again", state.zone(),
				zone);
		rebuilds.queue("The day and week counters are counted in " + zone, "start-up");
	}

	private State state() {
		return neo4j.query(queries.get("facts/counted-zone"))
			.fetchAs(State.class)
			.mappedBy((t, r) -> new State(r.get("zone").isNull() ? null : r.get("zone").asString(),
					r.get("anyCounted").asBoolean()))
			.one()
			.orElseThrow();
	}

}
