package com.rootline.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A Relay connection page. {@code totalCount} is the size of the whole filtered list; it is counted
 * only when a response selects it (graphql-java reads it through {@link #totalCount()}), by its own
 * statement, so a page that does not show it never pays for counting.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counter) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	public Connection {
		counter = memoized(counter);
	}

	public long totalCount() {
		return counter.getAsLong();
	}

	/**
	 * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if
	 * present, only says that a next page exists.
	 */
	public static <T> Connection<T> of(List<T> fetched, PageRequest page, Function<T, String> cursor,
			long totalCount) {
		return of(fetched, page, cursor, () -> totalCount);
	}

	/** As {@link #of(List, PageRequest, Function, long)}, with the total counted on first use. */
	public static <T> Connection<T> of(List<T> fetched, PageRequest page, Function<T, String> cursor,
			LongSupplier totalCount) {
		boolean hasNext = fetched.size() > page.first();
		List<T> rows = hasNext ? fetched.subList(0, page.first()) : fetched;
		List<Edge<T>> edges = rows.stream().map(r -> new Edge<>(cursor.apply(r), r)).toList();
		PageInfo info = new PageInfo(hasNext, page.after() != null, edges.isEmpty() ? null : edges.getFirst().cursor(),
				edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, info, totalCount);
	}

	private static LongSupplier memoized(LongSupplier counter) {
		if (counter instanceof Memo) {
			return counter;
		}
		return new Memo(counter);
	}

	/** Counts once: a response that selects totalCount under two aliases runs one statement. */
	private static final class Memo implements LongSupplier {

		private final LongSupplier counter;

		private volatile Long value;

		Memo(LongSupplier counter) {
			this.counter = counter;
		}

		@Override
		public long getAsLong() {
			Long v = value;
			if (v == null) {
				v = counter.getAsLong();
				value = v;
			}
			return v;
		}

	}

}
