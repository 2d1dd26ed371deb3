package com.rootline.api;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birthday or anniversary whose year may be unknown: people know "March 7". Written as ISO 8601
 * {@code 1980-03-07} or, without a year, {@code --03-07} (the vCard form).
 * <p>
 * The scalar only checks the shape; whether the day exists (no February 30) is checked by the
 * feature that receives it, so that the problem is reported as a user error at the input's path.
 */
public record PartialDate(Integer year, int month, int day) {

	private static final Pattern FORMAT = Pattern.compile("(?:(\\d{4})|-)-(\\d{2})-(\\d{2})");

	public static PartialDate parse(String text) {
		Matcher m = FORMAT.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("Expected YYYY-MM-DD or --MM-DD, got '" + text + "'");
		}
		Integer year = m.group(1) == null ? null : Integer.valueOf(m.group(1));
		return new PartialDate(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
	}

	/** True if the day exists: February 29 without a year is fine, with a non-leap year it is not. */
	public boolean isValid() {
		if (month < 1 || month > 12 || day < 1) {
			return false;
		}
		int max = (year == null) ? Month.of(month).maxLength() : Month.of(month).length(java.time.Year.isLeap(year));
		return day <= max && (year == null || (year >= 1000 && year <= 9999));
	}

	public MonthDay monthDay() {
		return MonthDay.of(month, day);
	}

	/** The day this date falls on in {@code year}: February 29 falls on March 1 in common years. */
	public LocalDate occurrenceIn(int year) {
		return (month == 2 && day == 29 && !java.time.Year.isLeap(year)) ? LocalDate.of(year, 3, 1)
				: LocalDate.of(year, month, day);
	}

	/** The next date on or after {@code from} on which this day falls (see {@link #occurrenceIn(int)}). */
	public LocalDate nextOccurrence(LocalDate from) {
		for (int y = from.getYear();; y++) {
			LocalDate candidate = occurrenceIn(y);
			if (!candidate.isBefore(from)) {
				return candidate;
			}
		}
	}

	@Override
	public String toString() {
		return (year == null ? "-" : String.format("%04d", year)) + String.format("-%02d-%02d", month, day);
	}

}
