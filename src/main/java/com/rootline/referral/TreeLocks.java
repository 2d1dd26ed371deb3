package com.rootline.referral;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Write locks on the trees a write touches, taken inside the writer's transaction: every writer
 * that moves a subtree, merges contacts or credits a closed deal to ancestors locks the parties and
 * the roots of their trees first, so two writers on one tree never read each other's half-done
 * facts. Neo4j holds the locks until commit; {@code lockedBy} only makes them visible.
 */
@Component
class TreeLocks {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	TreeLocks(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/**
	 * Locks the parties and the roots of their trees, in id order, and returns what it locked. A
	 * root can move between reading and locking (another writer committed), so the roots are read
	 * again under the locks and any new one is locked too, until they hold still.
	 */
	List<String> lock(List<String> parties) {
		String txId = UUID.randomUUID().toString();
		SortedSet<String> locked = new TreeSet<>();
		for (int attempt = 0; attempt < 10; attempt++) {
			SortedSet<String> wanted = new TreeSet<>(roots(parties));
			wanted.removeAll(locked);
			if (wanted.isEmpty()) {
				break;
			}
			neo4j.query(queries.get("referral/lock-nodes"))
				.bindAll(Map.of("ids", List.copyOf(wanted), "txId", txId))
				.run();
			locked.addAll(wanted);
		}
		return List.copyOf(locked);
	}

	/** Clears the visible mark; the locks themselves end with the transaction. */
	void unlock(List<String> ids) {
		neo4j.query(queries.get("referral/unlock")).bind(ids).to("ids").run();
	}

	@SuppressWarnings("unchecked")
	private List<String> roots(List<String> parties) {
		return neo4j.query(queries.get("referral/roots"))
			.bind(parties)
			.to("ids")
			.fetchAs(List.class)
			.mappedBy((t, r) -> r.get("ids").asList(v -> v.asString()))
			.one()
			.orElse(List.of());
	}

}
