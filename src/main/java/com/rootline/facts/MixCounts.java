package com.rootline.facts;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.facts.ContactsChanged.Change;
import com.rootline.graph.CypherQueries;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The business mix counters (MixCount: closed deals and their revenue per closing day, agent, source,
 * generation and media type). A deal is credited to its primary client's current origin, so it is
 * counted again when it changes ({@link DealChanged}, with the deals sharing a client: a repeat
 * client's later deal depends on the earlier one) and when a client changes ({@link ContactsChanged}:
 * an origin moved, contacts merged; the referral writers name the closed deals of a moved subtree,
 * whose generation moved with it). Once, just before the writer's transaction commits.
 */
@Component
class MixCounts {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	MixCounts(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/** What one transaction changed. */
	private static final class Pending {

		final NamedContacts contacts = new NamedContacts();

		final Set<String> dealIds = new TreeSet<>();

	}

	@EventListener
	void on(DealChanged change) {
		pending().dealIds.add(change.dealId());
	}

	/** The kinds of contact change this fact depends on. */
	private static final Set<Change> COUNTED = EnumSet.of(Change.ORIGIN, Change.MERGED);

	@EventListener
	void on(ContactsChanged change) {
		if (COUNTED.contains(change.change())) {
			pending().contacts.add(change);
		}
	}

	private Pending pending() {
		return BeforeCommit.recorded(BeforeCommit.Counter.MIX_COUNTS, Pending::new, this::count);
	}

	private void count(Pending pending) {
		neo4j.query(queries.get("facts/count-mix"))
			.bindAll(pending.contacts.parameters())
			.bindAll(Map.of("dealIds", List.copyOf(pending.dealIds)))
			.run();
	}

}
