package com.rootline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Recurrence, expanded by ical4j, without a server. */
class OccurrencesTest {

	private static Appointment weekly(String rrule) {
		ZonedDateTime start = ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneId.of("America/Chicago"));
		return new Appointment("a", "Team meeting", start, start.plusHours(1), null, null, rrule, List.of(), List.of(),
				null, 1);
	}

	@Test
	void aWeeklySeriesKeepsItsLocalTimeAcrossDaylightSaving() {
		List<Occurrences.Occurrence> found = Occurrences.between(weekly("FREQ=WEEKLY;COUNT=3"),
				ZonedDateTime.parse("2026-03-01T00:00Z"), ZonedDateTime.parse("2026-04-01T00:00Z"));
		assertThat(found).extracting(o -> o.startsAt().toLocalTime()).containsOnly(LocalTime.of(9, 0));
		assertThat(found).extracting(o -> o.startsAt().toInstant().toString())
			.as("9:00 CST is 15:00Z; after 8 March, 9:00 CDT is 14:00Z")
			.containsExactly("2026-03-03T15:00:00Z", "2026-03-10T14:00:00Z", "2026-03-17T14:00:00Z");
		assertThat(Occurrences.lastEnd(weekly("FREQ=WEEKLY;COUNT=3")).toInstant().toString()).isEqualTo("2026-03-17T15:00:00Z");
		assertThat(Occurrences.lastEnd(weekly("FREQ=WEEKLY"))).as("an endless series").isNull();
	}

	@Test
	void aWindowGetsOnlyTheOccurrencesThatOverlapIt() {
		List<Occurrences.Occurrence> found = Occurrences.between(weekly("FREQ=WEEKLY"),
				ZonedDateTime.parse("2026-03-10T14:30Z"), ZonedDateTime.parse("2026-03-24T14:00Z"));
		assertThat(found).extracting(o -> o.startsAt().toLocalDate().toString())
			.as("the one in progress at the window's start counts; the one starting at its end does not")
			.containsExactly("2026-03-10", "2026-03-17");
	}

	@Test
	void rulesThatDoNotParseOrRepeatTooOftenAreRefusedInWords() {
		assertThatThrownBy(() -> Occurrences.parse("every tuesday")).hasMessageContaining("is not an RFC 5545 RRULE");
		assertThatThrownBy(() -> Occurrences.parse("FREQ=HOURLY")).hasMessageContaining("at most daily");
		assertThat(Occurrences.parse("RRULE:FREQ=MONTHLY;BYMONTHDAY=1").getInterval()).isLessThanOrEqualTo(1);
	}

}
