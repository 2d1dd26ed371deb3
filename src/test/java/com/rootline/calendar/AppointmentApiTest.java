package com.rootline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Appointments through the API: a series in a window, an edit with its version, a cancel; feed input refused. */
class AppointmentApiTest extends IntegrationTest {

	private static final String SAVE = """
			mutation($i: %s!) { %s(input: $i) {
			  appointment { id version title startsAt rrule timeZone agents { id } }
			  conflicts { at } userErrors { field code } } }""";

	private String alex;

	@BeforeEach
	void agent() {
		alex = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: AGENT, name: \"Alex\"}) { agent { id } } }", Map.of())
			.at("createAgent.agent.id").asString();
	}

	private JsonNode save(String mutation, Map<String, Object> input) {
		String type = mutation.equals("createAppointment") ? "CreateAppointmentInput" : "UpdateAppointmentInput";
		return ok(AGENT, String.format(SAVE, type, mutation), args("i", input)).at(mutation);
	}

	@Test
	void aSeriesIsListedOccurrenceByOccurrenceEditedWithItsVersionAndCancelled() {
		Map<String, Object> weekly = new java.util.HashMap<>(Map.of("title", "Team meeting", "startsAt", "2027-03-02T15:00:00Z",
				"endsAt", "2027-03-02T16:00:00Z", "timeZone", "America/Chicago", "rrule", "FREQ=WEEKLY;COUNT=4",
				"agentIds", List.of(alex)));
		JsonNode created = save("createAppointment", weekly).path("appointment");
		String id = created.path("id").asString();
		assertThat(created.path("timeZone").asString()).isEqualTo("America/Chicago");

		String window = "query($a: ID!) { appointments(agentId: $a, from: \"2027-03-01T00:00:00Z\", to: \"2027-04-01T00:00:00Z\") "
				+ "{ startsAt endsAt appointment { id title } } }";
		assertThat(ok(AGENT, window, args("a", alex)).at("appointments").findValuesAsString("startsAt"))
			.as("9:00 in Chicago, before and after the change to daylight saving on 14 March")
			.containsExactly("2027-03-02T15:00Z", "2027-03-09T15:00Z", "2027-03-16T14:00Z", "2027-03-23T14:00Z");

		Map<String, Object> moved = new java.util.HashMap<>(weekly);
		moved.put("id", id);
		moved.put("expectedVersion", 1);
		moved.put("title", "Team meeting (moved)");
		moved.put("rrule", "FREQ=WEEKLY;COUNT=2");
		JsonNode updated = save("updateAppointment", moved);
		assertThat(updated.path("appointment").path("version").asInt()).isEqualTo(2);
		assertThat(save("updateAppointment", moved).path("userErrors").findValuesAsString("code"))
			.as("a stale version is refused").containsExactly("VERSION_CONFLICT");
		assertThat(ok(AGENT, window, args("a", alex)).at("appointments").findValuesAsString("title"))
			.containsExactly("Team meeting (moved)", "Team meeting (moved)");

		assertThat(ok(AGENT, "mutation($id: ID!) { cancelAppointment(input: {id: $id}) { cancelledId } }", args("id", id))
			.at("cancelAppointment.cancelledId").asString()).isEqualTo(id);
		assertThat(ok(AGENT, window, args("a", alex)).at("appointments")).isEmpty();
		assertThat(ok(AGENT, "mutation($id: ID!) { cancelAppointment(input: {id: $id}) { userErrors { field code } } }",
				args("id", id)).at("cancelAppointment.userErrors.0.code").asString()).isEqualTo("NOT_FOUND");
		assertThat(gql(AGENT, "query($a: ID!) { appointments(agentId: $a, from: \"2027-03-01T00:00:00Z\", "
				+ "to: \"2028-06-01T00:00:00Z\") { startsAt } }", args("a", alex)).errorCode()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void aFeedForAPartnerOrWithAnOverlongNameIsRefusedAndNothingIsWritten() {
		String partner = ok(BROKER, "mutation { createAgent(input: {kind: PARTNER, role: LENDER, name: \"Lee\"}) { agent { id } } }",
				Map.of()).at("createAgent.agent.id").asString();
		String create = "mutation($a: ID!, $n: String) { createCalendarFeed(input: {agentId: $a, name: $n}) "
				+ "{ path userErrors { field code } } }";
		assertThat(ok(AGENT, create, args("a", partner, "n", null)).at("createCalendarFeed.userErrors.0.code").asString())
			.isEqualTo("NOT_FOUND");
		JsonNode tooLong = ok(AGENT, create, args("a", alex, "n", "x".repeat(101))).at("createCalendarFeed");
		assertThat(tooLong.path("path").isNull()).isTrue();
		assertThat(tooLong.path("userErrors").toString()).contains("TOO_LONG", "\"name\"");
		assertThat(count("MATCH (f:CalendarFeed) RETURN count(f)")).isZero();
		assertThat(ok(AGENT, "mutation { revokeCalendarFeed(input: {id: \"nope\"}) { userErrors { field code } } }", Map.of())
			.at("revokeCalendarFeed.userErrors.0.code").asString()).isEqualTo("NOT_FOUND");
	}

}
