package com.rootline.marketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter: 2026-Q3 is July 1 to September 30, 2026. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

	public static Quarter of(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	/** Empty text or a wrong shape gives null. */
	public static Quarter parse(String text) {
		Matcher m = text == null ? null : FORMAT.matcher(text.strip());
		return (m == null || !m.matches()) ? null : new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	public LocalDate start() {
		return LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	public Quarter next() {
		return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
	}

	/** Every quarter that overlaps [from, to]. */
	public static List<Quarter> between(LocalDate from, LocalDate to) {
		List<Quarter> result = new ArrayList<>();
		for (Quarter q = of(from); !q.start().isAfter(to); q = q.next()) {
			result.add(q);
		}
		return result;
	}

	@Override
	public int compareTo(Quarter o) {
		return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
	}

	@Override
	public String toString() {
		return year + "-Q" + number;
	}

}
