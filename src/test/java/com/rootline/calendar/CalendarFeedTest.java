package com.rootline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Alex's calendar feed, read over real HTTP without a token and parsed by ical4j with relaxed
 * parsing off and validation on: exactly the expected events, each with its alarm, nothing of
 * other agents, done tasks or appointments outside the window.
 */
class CalendarFeedTest extends IntegrationTest {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private String alex;

	private String blake;

	private String ann;

	private LocalDate today;

	@BeforeEach
	void calendar() {
		today = LocalDate.now(NEW_YORK);
		alex = agent("Alex Agent");
		blake = agent("Blake Other");
		ann = ok(AGENT, "mutation($b: PartialDate) { createContact(input: {firstName: \"Ann\", lastName: \"Client\", birthday: $b}) "
				+ "{ contact { id } userErrors { code } } }", args("b", "1980-" + today.plusDays(10).toString().substring(5)))
			.at("createContact.contact.id").asString();
		ok(BROKER, "mutation($c: ID!, $a: ID) { assignContact(input: {contactId: $c, agentId: $a}) { userErrors { code } } }",
				args("c", ann, "a", alex));
	}

	private String agent(String name) {
		return ok(BROKER, "mutation($n: String!) { createAgent(input: {kind: TEAM, role: AGENT, name: $n, timeZone: \"America/New_York\"}) "
				+ "{ agent { id } } }", args("n", name)).at("createAgent.agent.id").asString();
	}

	private JsonNode appointment(String title, ZonedDateTime start, int minutes, String rrule, List<String> agents) {
		return ok(AGENT, """
				mutation($t: String!, $s: DateTime!, $e: DateTime!, $r: String, $a: [ID!]!, $c: [ID!]) {
				  createAppointment(input: {title: $t, startsAt: $s, endsAt: $e, timeZone: "America/New_York", rrule: $r,
				    location: "Office", agentIds: $a, contactIds: $c}) {
				    appointment { id timeZone rrule agents { id } contacts { id } }
				    conflicts { agent { id } with { appointment { title } startsAt } at message }
				    userErrors { field code message } } }""",
				args("t", title, "s", start.toOffsetDateTime().toString(), "e", start.plusMinutes(minutes).toOffsetDateTime().toString(),
						"r", rrule, "a", agents, "c", List.of(ann))).at("createAppointment");
	}

	private String task(String input) {
		return ok(AGENT, "mutation($a: ID, $c: ID) { createTask(input: " + input + ") { task { id } userErrors { code } } }",
				args("a", alex, "c", ann)).at("createTask.task.id").asString();
	}

	@Test
	void theFeedHoldsExactlyTheAgentsEventsWithAlarmsAndParsesStrictly() throws Exception {
		ZonedDateTime tomorrowTen = today.plusDays(1).atTime(10, 0).atZone(NEW_YORK);
		JsonNode weekly = appointment("Weekly review", tomorrowTen, 60, "FREQ=WEEKLY;COUNT=3", List.of(alex));
		assertThat(weekly.path("userErrors")).isEmpty();
		assertThat(weekly.path("conflicts")).isEmpty();
		JsonNode clash = appointment("Showing", tomorrowTen.plusWeeks(1).plusMinutes(30), 60, null, List.of(alex, blake));
		assertThat(clash.path("conflicts")).hasSize(1);
		assertThat(clash.path("conflicts").get(0).path("with").path("appointment").path("title").asString()).isEqualTo("Weekly review");
		assertThat(clash.path("conflicts").get(0).path("agent").path("id").asString()).isEqualTo(alex);
		assertThat(clash.path("appointment").path("id").isNull()).as("a conflict is a warning").isFalse();
		appointment("Long ago", today.minusDays(60).atTime(9, 0).atZone(NEW_YORK), 30, null, List.of(alex));
		appointment("Blake alone", tomorrowTen, 30, null, List.of(blake));

		task("{title: \"Prepare the CMA\", dueOn: \"" + today.plusDays(5) + "\", assigneeId: $a, contactId: $c}");
		task("{title: \"Call the lender\", kind: CALL, dueOn: \"" + today.plusDays(1) + "\", dueTime: \"08:00\", assigneeId: $a, contactId: $c}");
		String done = task("{title: \"Done already\", dueOn: \"" + today + "\", assigneeId: $a, contactId: $c}");
		ok(AGENT, "mutation($t: ID!) { completeTask(input: {id: $t}) { task { status } } }", args("t", done));
		ok(AGENT, "mutation($c: ID!) { createTask(input: {title: \"Not Alex's\", dueOn: \"2027-01-01\", contactId: $c}) { task { id } } }",
				args("c", ann));
		ok(AGENT, "mutation($c: ID!, $d: Date) { enrollInTouchPlan(input: {planId: \"8x8\", contactIds: [$c], startOn: $d}) "
				+ "{ enrollments { id } } }", args("c", ann, "d", today.toString()));

		JsonNode created = ok(AGENT, "mutation($a: ID!) { createCalendarFeed(input: {agentId: $a}) { feed { id } path userErrors { code } } }",
				args("a", alex)).at("createCalendarFeed");
		String path = created.path("path").asString();
		assertThat(path).matches("/calendar/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(count("MATCH (f:CalendarFeed) WHERE f.hash CONTAINS $s RETURN count(f)",
				Map.of("s", path.substring(10, 53)))).as("only the hash is stored").isZero();

		Response feed = get(path, null);
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType()).startsWith("text/calendar");
		assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n");

		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();

		List<String> events = new ArrayList<>();
		for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
			assertThat(event.validate().hasErrors()).as(event.validate().toString()).isFalse();
			List<VAlarm> alarms = event.getAlarms();
			assertThat(alarms).as("one alarm per event").hasSize(1);
			String trigger = alarms.getFirst().getTrigger().orElseThrow().getValue();
			String start = event.getProperty(Property.DTSTART).orElseThrow().getValue();
			events.add(event.getSummary().getValue() + " | " + start + " | " + trigger);
		}
		String tomorrowUtc = utc(tomorrowTen);
		List<String> expected = new ArrayList<>(List.of(
				"Weekly review | " + tomorrowUtc + " | -PT15M",
				"Weekly review | " + utc(tomorrowTen.plusWeeks(1)) + " | -PT15M",
				"Weekly review | " + utc(tomorrowTen.plusWeeks(2)) + " | -PT15M",
				"Showing | " + utc(tomorrowTen.plusWeeks(1).plusMinutes(30)) + " | -PT15M",
				"To do: Prepare the CMA (Ann Client) | " + basic(today.plusDays(5)) + " | -PT15H",
				"Call: Call the lender (Ann Client) | " + utc(today.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(NEW_YORK)) + " | -PT15M",
				"Ann Client: Birthday, turns " + (today.plusDays(10).getYear() - 1980) + " | " + basic(today.plusDays(10)) + " | -PT15H"));
		int[] offsets = { 0, 7, 14, 21, 28, 35, 42, 49 };
		String[] kinds = { "Call: ", "Mail: ", "E-mail: ", "Call: ", "Mail: ", "E-mail: ", "Text: ", "Call: " };
		String[] titles = { "Welcome call: thank them and learn what they need", "Mail a handwritten thank-you note",
				"E-mail something useful: the local market report", "Check-in call: any questions so far?",
				"Mail an item of value: the home maintenance checklist", "E-mail the local events guide", "Text a short hello",
				"Call: ask whom they know who could use our help" };
		for (int i = 0; i < offsets.length; i++) {
			expected.add(kinds[i] + titles[i] + " (Ann Client) | " + basic(today.plusDays(offsets[i])) + " | -PT15H");
		}
		assertThat(events).containsExactlyInAnyOrderElementsOf(expected);

		String etag = feed.raw().headers().firstValue("ETag").orElseThrow();
		Response again = get(path, etag);
		assertThat(again.status()).as("unchanged: not modified").isEqualTo(304);
		assertThat(again.body()).isEmpty();

		ok(AGENT, "mutation($id: ID!) { revokeCalendarFeed(input: {id: $id}) { revokedId } }",
				args("id", created.path("feed").path("id").asString()));
		Response revoked = get(path, null);
		assertThat(revoked.status()).isEqualTo(404);
		assertThat(revoked.json().path("code").asString()).isEqualTo("NOT_FOUND");
		assertThat(get("/calendar/not-a-secret.ics", null).status()).isEqualTo(404);
	}

	@Test
	void badAppointmentsAreRefusedNamingTheFieldAndNothingIsWritten() {
		String erased = ok(AGENT, "mutation { createContact(input: {firstName: \"Eve\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		ok(ADMIN, "mutation($id: ID!) { eraseContact(input: {id: $id}) { userErrors { code } } }", args("id", erased));
		JsonNode refused = ok(AGENT, """
				mutation($a: [ID!]!, $c: [ID!]) { createAppointment(input: {title: "Bad", startsAt: "2027-01-04T15:00:00Z",
				  endsAt: "2027-01-04T14:00:00Z", timeZone: "Mars/Olympus", rrule: "every tuesday", agentIds: $a, contactIds: $c})
				  { appointment { id } userErrors { field code } } }""", args("a", List.of(alex, "nobody"), "c", List.of(erased)))
			.at("createAppointment");
		assertThat(refused.path("appointment").isNull()).isTrue();
		List<String> errors = new ArrayList<>();
		refused.path("userErrors").forEach(e -> errors.add(e.path("code").asString() + " " + e.path("field").toString()));
		assertThat(errors).containsExactlyInAnyOrder("UNKNOWN_TIME_ZONE [\"input\",\"timeZone\"]",
				"END_BEFORE_START [\"input\",\"endsAt\"]", "INVALID_RRULE [\"input\",\"rrule\"]",
				"NOT_FOUND [\"input\",\"agentIds\",\"1\"]", "NOT_FOUND [\"input\",\"contactIds\",\"0\"]");
		assertThat(count("MATCH (a:Appointment) RETURN count(a)")).isZero();
		assertThat(ok(AGENT, "mutation { createAppointment(input: {title: \"Hourly\", startsAt: \"2027-01-04T15:00:00Z\", "
				+ "endsAt: \"2027-01-04T16:00:00Z\", timeZone: \"UTC\", rrule: \"FREQ=HOURLY\", agentIds: []}) "
				+ "{ userErrors { field code } } }", Map.of()).at("createAppointment.userErrors").findValuesAsString("code"))
			.containsExactlyInAnyOrder("INVALID_RRULE", "REQUIRED");
	}

	private Response get(String path, String ifNoneMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).GET();
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return http.send(request.build());
	}

	private static String utc(ZonedDateTime t) {
		return t.withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime().toString().replace("-", "").replace(":", "") + "00Z";
	}

	private static String basic(LocalDate d) {
		return d.toString().replace("-", "");
	}

}
