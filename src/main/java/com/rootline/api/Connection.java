package com.rootline.api;

import java.util.List;
import java.util.function.Function;

/** A Relay connection page. {@code totalCount} is the size of the whole filtered list. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if
	 * present, only says that a next page exists.
	 */
	public static <T> Connection<T> of(List<T> fetched, PageRequest page, Function<T, String> cursor,
			long totalCount) {
		boolean hasNext = fetched.size() > page.first();
		List<T> rows = hasNext ? fetched.subList(0, page.first()) : fetched;
		List<Edge<T>> edges = rows.stream().map(r -> new Edge<>(cursor.apply(r), r)).toList();
		PageInfo info = new PageInfo(hasNext, page.after() != null, edges.isEmpty() ? null : edges.getFirst().cursor(),
				edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, info, totalCount);
	}

}
