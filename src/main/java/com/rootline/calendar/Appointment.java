package com.rootline.calendar;

import java.time.ZonedDateTime;
import java.util.List;

/** An appointment, or the first of a series: its start and end are in its own time zone. */
record Appointment(String id, String title, ZonedDateTime startsAt, ZonedDateTime endsAt, String location,
		String notes, String rrule, List<String> agentIds, List<String> contactIds, ZonedDateTime createdAt,
		long version) {

	String timeZone() {
		return startsAt.getZone().getId();
	}

	/** A statement's row that holds an appointment's properties and attendees ({@code calendar/_return-appointment}). */
	record Stored(Appointment appointment) {
	}

}
