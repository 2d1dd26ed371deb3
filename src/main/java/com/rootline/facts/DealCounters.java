package com.rootline.facts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.api.TimeZones;
import com.rootline.facts.ContactsChanged.Change;
import com.rootline.graph.Statements;
import org.springframework.context.event.EventListener;

/**
 * Counters of deals by what their primary client counts for (where its business came from, where
 * it stands in its tree): a deal is counted again when it changes or its client moved in its tree
 * ({@link DealChanged}), and the deals of a contact whose origin moved or that was merged
 * ({@link ContactsChanged}). One statement per transaction, just before it commits; the statement
 * is given the changed deals ({@code $dealIds}), the changed contacts (see {@link NamedContacts})
 * and the deployment's zone ({@code $zone}).
 */
abstract class DealCounters {

	/** The kinds of contact change these counters depend on. */
	private static final Set<Change> COUNTED = EnumSet.of(Change.ORIGIN, Change.MERGED);

	private final BeforeCommit.Counter counter;

	private final String statement;

	private final Statements statements;

	private final TimeZones zones;

	DealCounters(BeforeCommit.Counter counter, String statement, Statements statements, TimeZones zones) {
		this.counter = counter;
		this.statement = statement;
		this.statements = statements;
		this.zones = zones;
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

	@EventListener
	void on(ContactsChanged change) {
		if (COUNTED.contains(change.change())) {
			pending().contacts.add(change);
		}
	}

	private Pending pending() {
		return BeforeCommit.recorded(counter, Pending::new, this::count);
	}

	private void count(Pending pending) {
		statements.run(statement,
				new Changes(pending.contacts.parameters(), List.copyOf(pending.dealIds), zones.deployment().getId()));
	}

	private record Changes(NamedContacts.Named named, List<String> dealIds, String zone) {
	}
}
