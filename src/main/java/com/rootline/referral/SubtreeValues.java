package com.rootline.referral;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import com.rootline.deal.DealClosed;
import com.rootline.graph.CypherQueries;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps every party's all-time subtree value ({@code subtreeValueMinor}) true for the leaderboard
 * by value. Writers name the parties whose subtrees they changed; those are recomputed from the
 * tree keys in the writer's own transaction, not adjusted, because a deal with several parties
 * counts once for an ancestor above more than one of them, which no sum of deltas keeps right.
 */
@Component
class SubtreeValues {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final TreeLocks treeLocks;

	SubtreeValues(Neo4jClient neo4j, CypherQueries queries, TreeLocks treeLocks) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.treeLocks = treeLocks;
	}

	/**
	 * Recomputes the values of these parties, given by element id (as the level-counter shift
	 * returns them), in a fixed order so that concurrent writers lock alike.
	 */
	void refresh(Collection<String> elementIds) {
		if (!elementIds.isEmpty()) {
			neo4j.query(queries.get("referral/refresh-subtree-values"))
				.bind(List.copyOf(new TreeSet<>(elementIds)))
				.to("elementIds")
				.run();
		}
	}

	/**
	 * A closed deal counts for every ancestor of its parties. Under the parties' tree locks, so that
	 * a subtree moving at the same time is either seen moved or sees the deal closed. The day
	 * rollups ({@code facts/RoiDays}) follow at the commit, after every other lock.
	 */
	@EventListener
	@Order(0)
	@SuppressWarnings("unchecked")
	void on(DealClosed event) {
		List<String> parties = neo4j.query(queries.get("referral/deal-parties"))
			.bind(event.dealId())
			.to("dealId")
			.fetchAs(List.class)
			.mappedBy((t, r) -> r.get("ids").asList(v -> v.asString()))
			.one()
			.orElse(List.of());
		if (parties.isEmpty()) {
			return;
		}
		List<String> locked = treeLocks.lock(parties);
		neo4j.query(queries.get("referral/sync-deal-keys")).bind(event.dealId()).to("dealId").run();
		refresh(neo4j.query(queries.get("referral/deal-ancestors"))
			.bind(event.dealId())
			.to("dealId")
			.fetchAs(List.class)
			.mappedBy((t, r) -> r.get("elementIds").asList(v -> v.asString()))
			.one()
			.orElse(List.of()));
		treeLocks.unlock(locked);
	}

}
