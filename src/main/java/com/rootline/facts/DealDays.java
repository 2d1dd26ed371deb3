package com.rootline.facts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.api.TimeZones;
import com.rootline.graph.Statements;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The per-day deal counters seasonality reads (DealDay: per day in the deployment's zone, agent and
 * kind, deals created, entering UNDER_CONTRACT and closed): the deal writers record which deals
 * they changed ({@link DealChanged}), and those are counted from what each was last counted as, in
 * the writer's transaction just before it commits. They are true in the zone they were counted in
 * ({@link CountedZone}).
 */
@Component
class DealDays {

	private final Statements statements;

	private final TimeZones zones;

	DealDays(Statements statements, TimeZones zones) {
		this.statements = statements;
		this.zones = zones;
	}

	/**
	 * Deals are counted once per transaction, just before it commits (see {@link BeforeCommit});
	 * where a deal's client stands in its tree is none of these counters' business.
	 */
	@EventListener
	void on(DealChanged event) {
		if (event.change() != DealChanged.Change.WRITTEN) {
			return;
		}
		BeforeCommit.recorded(BeforeCommit.Counter.DEAL_DAYS, TreeSet<String>::new, this::count).add(event.dealId());
	}

	private void count(Set<String> dealIds) {
		statements.run("facts/count-deal-days", new Deals(List.copyOf(dealIds), zones.deployment().getId()));
	}

	private record Deals(List<String> dealIds, String zone) {
	}
}
