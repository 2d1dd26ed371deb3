package com.rootline.today;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.rootline.api.PartialDate;

/**
 * When the days of contacts fall within a window. A day falls on the same month and day every year;
 * 29 February falls on 1 March in common years (the rule the gift plans use too). A day with a year
 * says how many years it turns ({@code years}: the age at a birthday, the years married or in the
 * home); the day itself and days before it are not listed (a closing is no anniversary of itself).
 */
final class DatesThatMatter {

	/** The longest window one list covers. */
	static final int MAX_WINDOW_DAYS = 366;

	private DatesThatMatter() {
	}

	/** One day that falls in the window, with what it is and for whom. */
	/** {@code sortKey} sorts by day, kind, contact and person; it is also the cursor of a page. */
	record Occurrence(LocalDate on, DateKind kind, String contactId, String person, String label, PartialDate original,
			Integer years, String sortKey) {

		static Occurrence of(LocalDate on, DatedFacts.Day day, String contactId, Integer years) {
			return new Occurrence(on, day.kind(), contactId, day.person(), day.label(), day.date(), years, on + "|"
					+ day.kind().ordinal() + "|" + contactId + "|" + (day.person() == null ? "" : day.person()) + "|"
					+ day.label());
		}

		/** "Birthday, turns 45", "Child's birthday (Tom), turns 7", "Home anniversary, 3 years". */
		String title() {
			String whose = person == null ? label : label + " (" + person + ")";
			if (years == null) {
				return whose;
			}
			boolean birthday = kind == DateKind.BIRTHDAY || kind == DateKind.SPOUSE_BIRTHDAY
					|| kind == DateKind.CHILD_BIRTHDAY;
			return whose + (birthday ? ", turns " + years : ", " + years + (years == 1 ? " year" : " years"));
		}

		long daysFrom(LocalDate today) {
			return ChronoUnit.DAYS.between(today, on);
		}

	}

	static final Comparator<Occurrence> ORDER = Comparator.comparing(Occurrence::sortKey);

	/** Every occurrence in [{@code from}, {@code to}] of the given kinds (all when empty), in {@link #ORDER}. */
	static List<Occurrence> within(List<DatedFacts> contacts, LocalDate from, LocalDate to, Set<DateKind> kinds) {
		List<Occurrence> found = new ArrayList<>();
		for (DatedFacts contact : contacts) {
			for (DatedFacts.Day day : contact.days()) {
				if (!kinds.isEmpty() && !kinds.contains(day.kind())) {
					continue;
				}
				for (int year = from.getYear(); year <= to.getYear(); year++) {
					LocalDate on = day.date().occurrenceIn(year);
					if (on.isBefore(from) || on.isAfter(to)) {
						continue;
					}
					Integer years = day.date().year() == null ? null : year - day.date().year();
					if (years != null && years <= 0) {
						continue;
					}
					found.add(Occurrence.of(on, day, contact.contactId(), years));
				}
			}
		}
		found.sort(ORDER);
		return found;
	}

}
