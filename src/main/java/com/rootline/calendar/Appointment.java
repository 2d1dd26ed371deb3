package com.rootline.calendar;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** An appointment, or the first of a series: its start and end are in its own time zone. */
record Appointment(String id, String title, ZonedDateTime startsAt, ZonedDateTime endsAt, String location,
		String notes, String rrule, List<String> agentIds, List<String> contactIds, ZonedDateTime createdAt,
		long version) {

	String timeZone() {
		return startsAt.getZone().getId();
	}

	@SuppressWarnings("unchecked")
	static Appointment of(Map<String, Object> m) {
		return new Appointment((String) m.get("id"), (String) m.get("title"), (ZonedDateTime) m.get("startsAt"),
				(ZonedDateTime) m.get("endsAt"), (String) m.get("location"), (String) m.get("notes"),
				(String) m.get("rrule"), (List<String>) m.getOrDefault("agentIds", List.of()),
				(List<String>) m.getOrDefault("contactIds", List.of()), (ZonedDateTime) m.get("createdAt"),
				((Number) m.get("version")).longValue());
	}

}
