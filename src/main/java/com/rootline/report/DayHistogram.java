package com.rootline.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many deals took how many days for one step of the funnel, so that the median of a group is
 * read from counted days rather than from every deal: the funnel counters keep these per creation
 * day, and a window's histogram is their sum.
 */
final class DayHistogram {

	private final TreeMap<Integer, Long> deals = new TreeMap<>();

	private long total;

	void add(int days, long n) {
		deals.merge(days, n, Long::sum);
		total += n;
	}

	/**
	 * The median as Cypher's {@code percentileCont(days, 0.5)} would answer over the deals one by
	 * one: the middle value, or halfway between the two middle ones; null with no deals.
	 */
	Double median() {
		if (total == 0) {
			return null;
		}
		long lower = (total - 1) / 2;
		long upper = total / 2;
		return (valueAt(lower) + valueAt(upper)) / 2.0;
	}

	/** The value of the deal at {@code index} (from 0) in ascending order of days. */
	private int valueAt(long index) {
		long seen = 0;
		for (Map.Entry<Integer, Long> e : deals.entrySet()) {
			seen += e.getValue();
			if (index < seen) {
				return e.getKey();
			}
		}
		throw new IndexOutOfBoundsException(index);
	}

}
