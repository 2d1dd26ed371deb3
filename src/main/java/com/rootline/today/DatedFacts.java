package com.rootline.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	static DatedFacts of(Map<String, Object> row, List<CustomDate> custom) {
		List<Day> days = new ArrayList<>();
		add(days, DateKind.BIRTHDAY, (String) row.get("birthday"), null, "Birthday");
		add(days, DateKind.WEDDING_ANNIVERSARY, (String) row.get("anniversary"), null, "Wedding anniversary");
		add(days, DateKind.SPOUSE_BIRTHDAY, (String) row.get("spouseBirthday"), (String) row.get("spouseName"),
				"Spouse's birthday");
		List<String> names = list(row, "childNames");
		List<String> birthdays = list(row, "childBirthdays");
		for (int i = 0; i < birthdays.size(); i++) {
			add(days, DateKind.CHILD_BIRTHDAY, birthdays.get(i), i < names.size() ? names.get(i) : null,
					"Child's birthday");
		}
		for (Object closed : DatedFacts.<Object>list(row, "homes")) {
			LocalDate on = (LocalDate) closed;
			days.add(new Day(DateKind.HOME_ANNIVERSARY, new PartialDate(on.getYear(), on.getMonthValue(),
					on.getDayOfMonth()), null, "Home anniversary"));
		}
		List<Object> values = list(row, "custom");
		for (int i = 0; i < custom.size() && i < values.size(); i++) {
			if (values.get(i) instanceof LocalDate on) {
				days.add(new Day(DateKind.CUSTOM, new PartialDate(on.getYear(), on.getMonthValue(), on.getDayOfMonth()),
						null, custom.get(i).label()));
			}
		}
		return new DatedFacts((String) row.get("id"), List.copyOf(days));
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return value == null ? List.of() : (List<T>) value;
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
