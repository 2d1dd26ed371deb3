package com.rootline.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.graph.CypherQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
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

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final TreeLocks locks;

	private final ApplicationEventPublisher events;

	TreeFacts(Neo4jClient neo4j, CypherQueries queries, TreeLocks locks, ApplicationEventPublisher events) {
		this.neo4j = neo4j;
		this.queries = queries;
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
		Recounted recounted = neo4j.query(queries.get("facts/recount-level-counts"))
			.bind(List.of(survivorId))
			.to("ids")
			.fetchAs(Recounted.class)
			.mappedBy((t, r) -> new Recounted(r.get("parties").asList(v -> v.asString()),
					r.get("contacts").asList(v -> v.asString())))
			.one()
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
		List<String> parties = neo4j.query(queries.get("facts/deal-parties"))
			.bind(dealId)
			.to("dealId")
			.fetchAs(Ids.class)
			.mappedBy((t, r) -> new Ids(r.get("ids").asList(v -> v.asString())))
			.one()
			.map(Ids::ids)
			.orElse(List.of());
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
		List<String> parties = neo4j.query(queries.get("facts/closed-deal-parties"))
			.bind(change.dealId())
			.to("dealId")
			.fetchAs(Ids.class)
			.mappedBy((t, r) -> new Ids(r.get("ids").asList(v -> v.asString())))
			.one()
			.map(Ids::ids)
			.orElse(List.of());
		if (!parties.isEmpty()) {
			// Created closed: its trees are locked now.
			locks.lock(parties);
			pending.closedDeals.add(change.dealId());
		}
	}

	private void shift(String contactId, int sign, boolean onlyCarryingDeals) {
		Shifted shifted = neo4j.query(queries.get("facts/shift-level-counts"))
			.bindAll(Map.of("contactId", contactId, "sign", sign, "onlyCarryingDeals", onlyCarryingDeals))
			.fetchAs(Shifted.class)
			.mappedBy((t, r) -> new Shifted(r.get("ancestors").asList(v -> v.asString()),
					r.get("flipped").asList(v -> v.asString())))
			.one()
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
				: neo4j.query(queries.get("facts/refresh-tree-facts"))
					.bind(List.copyOf(pending.moved))
					.to("contactIds")
					.fetchAs(Refreshed.class)
					.mappedBy((t, r) -> new Refreshed(r.get("days").asList(v -> v.asLocalDate()),
							r.get("dealIds").asList(v -> v.asString())))
					.one()
					.orElseThrow();
		if (!pending.deals.isEmpty()) {
			neo4j.query(queries.get("facts/sync-deal-keys")).bind(List.copyOf(pending.deals)).to("dealIds").run();
		}
		if (!pending.closedDeals.isEmpty()) {
			pending.changed.addAll(neo4j.query(queries.get("facts/deal-ancestors"))
				.bind(List.copyOf(pending.closedDeals))
				.to("dealIds")
				.fetchAs(Ids.class)
				.mappedBy((t, r) -> new Ids(r.get("elementIds").asList(v -> v.asString())))
				.one()
				.map(Ids::ids)
				.orElse(List.of()));
		}
		if (!pending.changed.isEmpty()) {
			// In element id order, so that concurrent writers lock the parties alike.
			neo4j.query(queries.get("facts/refresh-subtree-values"))
				.bind(List.copyOf(pending.changed))
				.to("elementIds")
				.run();
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

	private record Shifted(List<String> ancestors, List<String> flipped) {
	}

	private record Recounted(List<String> parties, List<String> contacts) {
	}

	private record Refreshed(List<LocalDate> days, List<String> dealIds) {
	}

	private record Ids(List<String> ids) {
	}

}
