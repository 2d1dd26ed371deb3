package com.rootline.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.rootline.api.TimeZones;
import com.rootline.facts.ContactsChanged.Change;
import com.rootline.graph.Statements;
import org.springframework.context.event.EventListener;
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

	private final Statements statements;

	private final TimeZones zones;

	BookCounts(Statements statements, TimeZones zones) {
		this.statements = statements;
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
		statements.run("facts/count-book",
				new Changes(pending.contacts.parameters(), List.copyOf(pending.removed), zones.deployment().getId()));
	}

	/** The contacts named, the book keys of the ones removed, the zone days are counted in. */
	private record Changes(NamedContacts.Named named, List<String> removed, String zone) {
	}
}
