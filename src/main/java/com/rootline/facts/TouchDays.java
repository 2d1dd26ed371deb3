package com.rootline.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.rootline.facts.ContactsChanged.Change;
import com.rootline.graph.Statements;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the per-day touch counts ({@code TouchDay}, migration V015) true: how many contacts were
 * last in touch on each day, and how many of those have descendants. Today's gift plan sums them
 * to count its dormant and scoring recipients.
 * <p>
 * Writers name the contacts whose day in touch or descendants they may have changed
 * ({@link ContactsChanged}), and the ones they deleted ({@link ContactRemoved}); the counts are
 * adjusted once, in one statement, just before the writer's transaction commits. Every writer of a day's counts locks that day's node; taking the days last,
 * in date order, means a writer holding a day waits for nothing but a later day, and holds it only
 * until its commit.
 */
@Component
class TouchDays {

	private final Statements statements;

	TouchDays(Statements statements) {
		this.statements = statements;
	}

	/** The kinds of contact change this fact depends on. */
	private static final Set<Change> COUNTED = EnumSet.of(Change.CREATED, Change.TOUCHED, Change.ERASED, Change.DESCENDANTS, Change.MERGED);

	@EventListener
	void on(ContactsChanged change) {
		if (COUNTED.contains(change.change())) {
			pending().contacts.add(change);
		}
	}

	@EventListener
	void on(ContactRemoved removed) {
		if (removed.countedOn() != null) {
			pending().removed.add(new Removed(removed.countedOn(), removed.countedScoring()));
		}
	}

	private Pending pending() {
		return BeforeCommit.recorded(BeforeCommit.Counter.TOUCH_DAYS, Pending::new, this::count);
	}

	/** What one transaction changed. */
	private static final class Pending {

		final NamedContacts contacts = new NamedContacts();

		final List<Removed> removed = new ArrayList<>();

	}

	private void count(Pending pending) {
		if (!pending.contacts.isEmpty() || !pending.removed.isEmpty()) {
			statements.run("facts/count-touch-days",
					new Changes(pending.contacts.parameters(), List.copyOf(pending.removed)));
		}
	}

	/** A removed contact's touch day, and whether it counted as scoring there. */
	private record Removed(LocalDate on, boolean scoring) {
	}

	private record Changes(NamedContacts.Named named, List<Removed> removed) {
	}
}
