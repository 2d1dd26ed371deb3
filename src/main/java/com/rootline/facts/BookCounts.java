package com.rootline.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rootline.api.TimeZones;
import com.rootline.facts.ContactsChanged.Change;
import com.rootline.graph.CypherQueries;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The book counters database growth reads (BookCount: contacts added per week in the deployment's
 * zone, owner and source, archived and erased per week and owner, and the book now per owner and
 * state). The contact writers name the contacts they changed ({@link ContactsChanged}) or deleted
 * ({@link ContactRemoved}); each is counted from what it was last counted as, once, just before the
 * writer's transaction commits. They are true in the zone they were counted in ({@link CountedZone}).
 */
@Component
class BookCounts {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final TimeZones zones;

	BookCounts(Neo4jClient neo4j, CypherQueries queries, TimeZones zones) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.zones = zones;
	}

	/** What one transaction changed. */
	private static final class Pending {

		final NamedContacts contacts = new NamedContacts();

		final List<String> removed = new ArrayList<>();

	}

	/** The kinds of contact change this fact depends on. */
	private static final Set<Change> COUNTED = EnumSet.of(Change.CREATED, Change.STATE, Change.ERASED, Change.OWNER, Change.ORIGIN, Change.MERGED);

	@EventListener
	void on(ContactsChanged change) {
		if (COUNTED.contains(change.change())) {
			pending().contacts.add(change);
		}
	}

	@EventListener
	void on(ContactRemoved removed) {
		pending().removed.addAll(removed.countedBook());
	}

	private Pending pending() {
		return BeforeCommit.recorded(BeforeCommit.Counter.BOOK_COUNTS, Pending::new, this::count);
	}

	private void count(Pending pending) {
		neo4j.query(queries.get("facts/count-book"))
			.bindAll(pending.contacts.parameters())
			.bindAll(Map.of("removed", pending.removed, "zone", zones.deployment().getId()))
			.run();
	}

}
