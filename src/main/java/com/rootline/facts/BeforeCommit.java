package com.rootline.facts;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction recorded for a fact, applied once, just before that transaction commits:
 * the writers record their changes as they go, and the fact's counters are locked only at the end,
 * in the order the fact's statement states, and held only until the commit. Different counters are
 * applied in the one order {@link Counter} lists, whatever order a transaction recorded them in, so
 * two writers never wait for each other's counters crosswise.
 */
final class BeforeCommit {

	/** The counters kept before commit, in the order every transaction locks them. */
	enum Counter {
		DEAL_DAYS, MIX_COUNTS, FUNNEL_COUNTS, BOOK_COUNTS, ACTIVITY_COUNTS, TOUCH_DAYS, ROI_DAYS
	}

	private BeforeCommit() {
	}

	/**
	 * The current transaction's record for {@code counter}, made by {@code create} and registered to
	 * be applied by {@code apply} on first use, in the counters' order.
	 * @throws IllegalStateException outside a transaction: a fact changes only with its writer
	 */
	static <T> T recorded(Counter owner, Supplier<T> create, Consumer<T> apply) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Facts change only inside the writer's transaction");
		}
		@SuppressWarnings("unchecked")
		T recorded = (T) TransactionSynchronizationManager.getResource(owner);
		if (recorded == null) {
			T created = create.get();
			TransactionSynchronizationManager.bindResource(owner, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public int getOrder() {
					return owner.ordinal();
				}

				@Override
				public void beforeCommit(boolean readOnly) {
					apply.accept(created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(owner);
				}
			});
			recorded = created;
		}
		return recorded;
	}

}
