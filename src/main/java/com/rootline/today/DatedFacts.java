package com.rootline.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.rootline.api.PartialDate;

/**
 * The days a contact keeps: its own birthday and wedding anniversary, its spouse's and children's
 * birthdays, the closing days of its closed purchases (home anniversaries) and its recurring custom
 * dates. {@code person} names whose day it is when it is not the contact's own.
 */
record DatedFacts(String contactId, List<Day> days) {

	record Day(DateKind kind, PartialDate date, String person, String label) {
	}

	record CustomDate(String key, String label) {
	}

	/** The columns of a contact's days, as {@code today/_dated} and the statements including it read them. */
	record Row(String id, String birthday, String anniversary, String spouseName, String spouseBirthday,
			List<String> childNames, List<String> childBirthdays, List<LocalDate> homes, List<Object> custom) {
	}

	static DatedFacts of(Row row, List<CustomDate> custom) {
		List<Day> days = new ArrayList<>();
		add(days, DateKind.BIRTHDAY, row.birthday(), null, "Birthday");
		add(days, DateKind.WEDDING_ANNIVERSARY, row.anniversary(), null, "Wedding anniversary");
		add(days, DateKind.SPOUSE_BIRTHDAY, row.spouseBirthday(), row.spouseName(), "Spouse's birthday");
		List<String> names = row.childNames();
		List<String> birthdays = row.childBirthdays();
		for (int i = 0; i < birthdays.size(); i++) {
			add(days, DateKind.CHILD_BIRTHDAY, birthdays.get(i), i < names.size() ? names.get(i) : null,
					"Child's birthday");
		}
		for (LocalDate on : row.homes()) {
			days.add(new Day(DateKind.HOME_ANNIVERSARY, new PartialDate(on.getYear(), on.getMonthValue(),
					on.getDayOfMonth()), null, "Home anniversary"));
		}
		List<Object> values = row.custom();
		for (int i = 0; i < custom.size() && i < values.size(); i++) {
			if (values.get(i) instanceof LocalDate on) {
				days.add(new Day(DateKind.CUSTOM, new PartialDate(on.getYear(), on.getMonthValue(), on.getDayOfMonth()),
						null, custom.get(i).label()));
			}
		}
		return new DatedFacts(row.id(), List.copyOf(days));
	}

	private static void add(List<Day> days, DateKind kind, String text, String person, String label) {
		if (text == null || text.isEmpty()) {
			return;
		}
		PartialDate date = PartialDate.parse(text);
		if (date.isValid()) {
			days.add(new Day(kind, date, person == null || person.isBlank() ? null : person, label));
		}
	}

}
