package com.rootline.today;

import java.util.List;
import java.util.function.Function;

import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.PageRequest;

/**
 * Pages of a list computed whole and sorted by a key: the cursor is the last row's key, so a row
 * that joins or leaves the list between two pages moves nothing else.
 */
final class SortedPages {

	private SortedPages() {
	}

	static <T> Connection<T> page(List<T> sorted, Function<T, String> key, PageRequest page) {
		String after = page.after() == null ? null : Cursors.decode(page.after(), 1).getFirst();
		int start = 0;
		if (after != null) {
			while (start < sorted.size() && key.apply(sorted.get(start)).compareTo(after) <= 0) {
				start++;
			}
		}
		List<T> fetched = sorted.subList(start, Math.min(sorted.size(), start + page.fetchSize()));
		long total = sorted.size();
		return Connection.of(List.copyOf(fetched), page, row -> Cursors.encode(key.apply(row)), () -> total);
	}

}
