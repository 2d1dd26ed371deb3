package com.rootline.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.graph.Statements;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts of the referral forest true: tree keys and root facts (the outlet at the top,
 * depth, lead day), level counters and subtree values. Writers of origins lock the trees they touch
 * through {@link #lock} and say what they are doing to an origin; deals are followed by their
 * {@link DealChanged} records.
 * <p>
 * Level counters shift at once, as the writer goes: a shift adds a subtree's profile to its
 * ancestors at that moment, so the next move in the same transaction must see the counters the last
 * one left. Everything that follows whole subtrees is applied once, first of the facts before commit
 * ({@link BeforeCommit.Counter#TREE_FACTS}), for every move and deal of the transaction: the moved
 * subtrees' keys, the written deals' keys, then the subtree values of every party a move or a closed
 * deal changed. It then names what the other facts count again: the moved contacts, their subtrees'
 * deals, and the days of their leads and closed deals.
 */
@Component
public class TreeFacts {

	private final Statements statements;

	private final TreeLocks locks;

	private final ApplicationEventPublisher events;

	TreeFacts(Statements statements, TreeLocks locks, ApplicationEventPublisher events) {
		this.statements = statements;
		this.locks = locks;
		this.events = events;
	}

	/**
	 * Write-locks these parties and the roots of their trees until the transaction commits; a writer
	 * of origins takes them before it reads what it checks (a current origin, a loop).
	 */
	public void lock(Collection<String> parties) {
		locks.lock(parties);
	}

	/** The contact's current origin is about to end: its subtree leaves its ancestors' counters. */
	public void leaving(String contactId) {
		pending().moved.add(contactId);
		shift(contactId, -1, true);
	}

	/** The contact's new origin is written: its subtree joins its new ancestors' counters. */
	public void joined(String contactId) {
		pending().moved.add(contactId);
		shift(contactId, 1, true);
	}

	/**
	 * A batch of origins linked the contact and shifted its ancestors' counters in the same statement
	 * ({@code referral/link-batch}, which includes {@code facts/_shift-level-counts}): the ancestors
	 * whose values change and the contacts whose descendants flipped, as that fragment answers them.
	 */
	public void linked(String contactId, List<String> ancestors, List<String> flipped) {
		Pending pending = pending();
		pending.moved.add(contactId);
		pending.changed.addAll(ancestors);
		descendantsFlipped(flipped);
	}

	/**
	 * Two contacts are about to merge: both subtrees leave their ancestors' counters. Every ancestor's
	 * value is recomputed, since the merge moves deals and children before the survivor's own facts can tell.
	 */
	public void mergeBegins(String survivorId, String duplicateId) {
		shift(duplicateId, -1, false);
		shift(survivorId, -1, false);
	}

	/** The survivor holds the duplicate's children and deals now: its subtree joins again, whole. */
	public void mergeEnds(String survivorId) {
		Pending pending = pending();
		pending.moved.add(survivorId);
		Recounted recounted = statements
			.one("facts/recount-level-counts", new PartyIds(List.of(survivorId)), Recounted.class)
			.orElse(new Recounted(List.of(), List.of()));
		pending.changed.addAll(recounted.parties());
		descendantsFlipped(recounted.contacts());
		shift(survivorId, 1, false);
	}

	/**
	 * A deal is about to close: its parties' trees are locked before the deal itself is, in the order
	 * writers of origins lock them (trees first, then at commit the deals they count again).
	 */
	public void dealClosing(String dealId) {
		List<String> parties = parties(dealId).ids();
		if (!parties.isEmpty()) {
			locks.lock(parties);
			pending().closing.add(dealId);
		}
	}

	/**
	 * Every written deal gets its parties' keys at commit. A closed one counts for every ancestor of
	 * its parties: their trees are locked now, so that a subtree moving at the same time is either
	 * seen moved or sees the deal closed.
	 */
	@EventListener
	void on(DealChanged change) {
		if (change.change() != DealChanged.Change.WRITTEN) {
			return;
		}
		Pending pending = pending();
		pending.deals.add(change.dealId());
		if (pending.closing.contains(change.dealId())) {
			pending.closedDeals.add(change.dealId());
			return;
		}
		DealParties parties = parties(change.dealId());
		if (parties.closed() && !parties.ids().isEmpty()) {
			// Created closed: its trees are locked now.
			locks.lock(parties.ids());
			pending.closedDeals.add(change.dealId());
		}
	}

	private DealParties parties(String dealId) {
		return statements.one("facts/deal-parties", new Deal(dealId), DealParties.class)
			.orElse(new DealParties(List.of(), false));
	}

	private void shift(String contactId, int sign, boolean onlyCarryingDeals) {
		Shifted shifted = statements
			.one("facts/shift-level-counts", new Shift(contactId, sign, onlyCarryingDeals), Shifted.class)
			.orElse(new Shifted(List.of(), List.of()));
		pending().changed.addAll(shifted.ancestors());
		descendantsFlipped(shifted.flipped());
	}

	/** Contacts that gained their first descendant or lost their last: the touch counts follow them. */
	private void descendantsFlipped(List<String> elementIds) {
		events.publishEvent(ContactsChanged.elementIds(ContactsChanged.Change.DESCENDANTS, elementIds));
	}

	private Pending pending() {
		return BeforeCommit.recorded(BeforeCommit.Counter.TREE_FACTS, Pending::new, this::apply);
	}

	private void apply(Pending pending) {
		Refreshed refreshed = pending.moved.isEmpty() ? new Refreshed(List.of(), List.of())
				: statements.one("facts/refresh-tree-facts", new Moved(List.copyOf(pending.moved)), Refreshed.class)
					.orElseThrow();
		if (!pending.deals.isEmpty()) {
			statements.run("facts/sync-deal-keys", new Deals(List.copyOf(pending.deals)));
		}
		if (!pending.closedDeals.isEmpty()) {
			statements.one("facts/deal-ancestors", new Deals(List.copyOf(pending.closedDeals)), Parties.class)
				.ifPresent(ancestors -> pending.changed.addAll(ancestors.elementIds()));
		}
		if (!pending.changed.isEmpty()) {
			// In element id order, so that concurrent writers lock the parties alike.
			statements.run("facts/refresh-subtree-values", new Parties(List.copyOf(pending.changed)));
		}
		if (!pending.moved.isEmpty()) {
			// Their origin moved: what they count for as a source changed with it, and their subtree's
			// deals may now be of another generation, under another outlet.
			events.publishEvent(ContactsChanged.ids(ContactsChanged.Change.ORIGIN, pending.moved));
			refreshed.dealIds().forEach(dealId -> events.publishEvent(DealChanged.clientMoved(dealId)));
		}
		if (!refreshed.days().isEmpty()) {
			events.publishEvent(new OriginsChanged(Set.copyOf(refreshed.days())));
		}
	}

	/** One transaction's moves and deals. */
	private static final class Pending {

		private final Set<String> moved = new LinkedHashSet<>();

		private final Set<String> changed = new TreeSet<>();

		private final Set<String> deals = new TreeSet<>();

		private final Set<String> closing = new TreeSet<>();

		private final Set<String> closedDeals = new TreeSet<>();

	}

	private record Deal(String dealId) {
	}

	private record Deals(List<String> dealIds) {
	}

	/** The contacts a deal is made with, and whether it is closed. */
	private record DealParties(List<String> ids, boolean closed) {
	}

	private record PartyIds(List<String> ids) {
	}

	/** Parties by element id: statements that write look them up so, without index-entry locks. */
	private record Parties(List<String> elementIds) {
	}

	private record Moved(List<String> contactIds) {
	}

	private record Shift(String contactId, int sign, boolean onlyCarryingDeals) {
	}

	/** The ancestors whose values change, and the contacts whose descendants flipped. */
	private record Shifted(List<String> ancestors, List<String> flipped) {
	}

	/** The recounted parties, and of them the contacts. */
	private record Recounted(List<String> parties, List<String> contacts) {
	}

	/** The days whose ROI facts the moves change, and the moved subtrees' deals. */
	private record Refreshed(List<LocalDate> days, List<String> dealIds) {
	}

}
