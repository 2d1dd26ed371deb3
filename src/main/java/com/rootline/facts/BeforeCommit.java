package com.rootline.facts;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction recorded for each fact, applied once, just before that transaction commits:
 * the writers record their changes as they go, and each fact's nodes are locked only at the end, in
 * the order the fact's statement states, and held only until the commit. The facts are applied in
 * the one order {@link Counter} lists, whatever order a transaction recorded them in, so two writers
 * never wait for each other's counters crosswise. Applying a fact may record changes for the facts
 * after it (the tree facts name the deals whose clients moved); never for one before it.
 */
final class BeforeCommit {

	/** The facts kept before commit, in the order every transaction applies and locks them. */
	enum Counter {
		TREE_FACTS, DEAL_DAYS, MIX_COUNTS, FUNNEL_COUNTS, BOOK_COUNTS, ACTIVITY_COUNTS, TOUCH_DAYS, ROI_DAYS
	}

	private BeforeCommit() {
	}

	/**
	 * The current transaction's record for {@code counter}, made by {@code create} on first use and
	 * applied by {@code apply} in its turn.
	 * @throws IllegalStateException outside a transaction (a fact changes only with its writer), or
	 * when the counter's turn has come already
	 */
	static <T> T recorded(Counter counter, Supplier<T> create, Consumer<T> apply) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Facts change only inside the writer's transaction");
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(Pending.class);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(Pending.class, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending.record(counter, create, apply);
	}

	/** One transaction's records, applied in the counters' order. */
	private static final class Pending implements TransactionSynchronization {

		private final Map<Counter, Runnable> applies = new EnumMap<>(Counter.class);

		private final Map<Counter, Object> records = new EnumMap<>(Counter.class);

		private Counter applying;

		<T> T record(Counter counter, Supplier<T> create, Consumer<T> apply) {
			if (applying != null && counter.compareTo(applying) <= 0) {
				throw new IllegalStateException(counter + " was recorded while " + applying
						+ " was applied; facts record only for the facts after them");
			}
			@SuppressWarnings("unchecked")
			T recorded = (T) records.get(counter);
			if (recorded != null) {
				return recorded;
			}
			T created = create.get();
			records.put(counter, created);
			applies.put(counter, () -> apply.accept(created));
			return created;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			for (Counter counter : Counter.values()) {
				applying = counter;
				Runnable apply = applies.get(counter);
				if (apply != null) {
					apply.run();
				}
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Pending.class);
		}

	}

}
