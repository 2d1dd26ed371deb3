package com.rootline.facts;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;

/**
 * Write locks on the trees a write touches, taken inside the writer's transaction and held until it
 * commits: the parties and the roots of their trees, in id order, so two writers on one tree never
 * read each other's half-done facts and writers on different trees never wait crosswise.
 */
@Component
class TreeLocks {

	/** Roots found again under the locks until they hold still; more moves than this is a livelock. */
	private static final int ATTEMPTS = 10;

	private final Statements statements;

	TreeLocks(Statements statements) {
		this.statements = statements;
	}

	/**
	 * Locks the parties and the roots of their trees. A root can move between reading and locking
	 * (another writer committed), so the roots are read again under the locks and any new one is
	 * locked too, until they hold still.
	 */
	void lock(Collection<String> parties) {
		SortedSet<String> locked = new TreeSet<>();
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			SortedSet<String> wanted = new TreeSet<>(roots(parties));
			wanted.removeAll(locked);
			if (wanted.isEmpty()) {
				return;
			}
			statements.run("facts/lock-nodes", new Ids(List.copyOf(wanted)));
			locked.addAll(wanted);
		}
	}

	private List<String> roots(Collection<String> parties) {
		return statements.one("facts/roots", new Ids(List.copyOf(parties)), Ids.class).map(Ids::ids).orElse(List.of());
	}

	private record Ids(List<String> ids) {
	}

}
