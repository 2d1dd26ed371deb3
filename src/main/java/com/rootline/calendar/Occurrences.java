package com.rootline.calendar;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * When an appointment takes place: once, or as its RFC 5545 RRULE repeats it from its start. The
 * rule is parsed and expanded by ical4j in the appointment's zone.
 */
final class Occurrences {

	/** The most occurrences one expansion gives: a daily rule over a year, with room. */
	static final int MAX = 1_000;

	private Occurrences() {
	}

	record Occurrence(Appointment appointment, ZonedDateTime startsAt, ZonedDateTime endsAt) {

		boolean overlaps(Occurrence other) {
			return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
		}

	}

	/**
	 * Parses a rule; at least daily, since an appointment that repeats every minute is a mistake.
	 * @throws IllegalArgumentException with a message for people
	 */
	static Recur<ZonedDateTime> parse(String rrule) {
		Recur<ZonedDateTime> recur;
		try {
			recur = new Recur<>(rrule.strip().replaceFirst("(?i)^RRULE:", ""));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("'" + rrule + "' is not an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO");
		}
		if (recur.getFrequency() == null) {
			throw new IllegalArgumentException("An RRULE needs FREQ, for example FREQ=WEEKLY");
		}
		if (recur.getFrequency() == Frequency.SECONDLY || recur.getFrequency() == Frequency.MINUTELY
				|| recur.getFrequency() == Frequency.HOURLY) {
			throw new IllegalArgumentException("An appointment repeats at most daily (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)");
		}
		return recur;
	}

	/** The occurrences that overlap [{@code from}, {@code to}), at most {@link #MAX}. */
	static List<Occurrence> between(Appointment a, ZonedDateTime from, ZonedDateTime to) {
		Duration length = Duration.between(a.startsAt(), a.endsAt());
		List<Occurrence> found = new ArrayList<>();
		if (a.rrule() == null) {
			Occurrence once = new Occurrence(a, a.startsAt(), a.endsAt());
			if (once.startsAt().isBefore(to) && once.endsAt().isAfter(from)) {
				found.add(once);
			}
			return found;
		}
		ZonedDateTime windowStart = from.minus(length).withZoneSameInstant(a.startsAt().getZone());
		ZonedDateTime windowEnd = to.withZoneSameInstant(a.startsAt().getZone());
		for (ZonedDateTime start : parse(a.rrule()).getDates(a.startsAt(), windowStart, windowEnd)) {
			ZonedDateTime end = start.plus(length);
			if (start.isBefore(to) && end.isAfter(from)) {
				found.add(new Occurrence(a, start, end));
				if (found.size() == MAX) {
					break;
				}
			}
		}
		return found;
	}

	/** The end of the series' last occurrence, or null when it never ends (no COUNT or UNTIL). */
	static ZonedDateTime lastEnd(Appointment a) {
		if (a.rrule() == null) {
			return a.endsAt();
		}
		Recur<ZonedDateTime> recur = parse(a.rrule());
		if (recur.getCount() < 1 && recur.getUntil() == null) {
			return null;
		}
		List<ZonedDateTime> all = recur.getDates(a.startsAt(), a.startsAt(), a.startsAt().plusYears(100));
		ZonedDateTime last = all.isEmpty() ? a.startsAt() : all.getLast();
		return last.plus(Duration.between(a.startsAt(), a.endsAt()));
	}

}
