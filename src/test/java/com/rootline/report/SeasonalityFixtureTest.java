package com.rootline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seasonality on seven deals whose months are counted by hand: events outside the window left out,
 * a deal entering UNDER_CONTRACT twice counted twice, every month listed, the month-of-year profile
 * averaged over the years that include each month. Times are at noon UTC, the same day in any zone.
 */
class SeasonalityFixtureTest extends IntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final String QUERY = """
			query($a: ID, $k: DealKind) { seasonality(from: "2024-01-15", to: "2025-12-02", agentId: $a, kind: $k) {
			  from to months { month created underContract closed } profile { month years created underContract closed } } }""";

	@BeforeEach
	void deals() {
		try (var session = driver.session()) {
			session.run("""
					CREATE (ann:Agent {id: 'ann', kind: 'TEAM', role: 'AGENT', name: 'Ann'}),
					       (bob:Agent {id: 'bob', kind: 'TEAM', role: 'AGENT', name: 'Bob'})
					WITH ann, bob
					UNWIND $deals AS d
					CREATE (deal:Deal {id: d.id, kind: d.kind, stage: d.stage, createdAt: datetime(d.created + 'T12:00:00Z'),
					                   historyStage: d.stages, historyAt: [t IN d.ats | datetime(t + 'T12:00:00Z')],
					                   closedOn: CASE WHEN d.closed IS NULL THEN null ELSE date(d.closed) END})
					WITH deal, d, CASE d.agent WHEN 'ann' THEN ann ELSE bob END AS agent
					CREATE (agent)-[:HANDLES]->(deal)""", Map.of("deals", List.of(
					deal("d1", "SALE", "ann", "2024-03-10", "CLOSED", List.of("LEAD", "UNDER_CONTRACT", "CLOSED"),
							List.of("2024-03-10", "2024-04-02", "2024-05-20"), "2024-05-20"),
					deal("d2", "SALE", "ann", "2025-03-15", "CLOSED", List.of("LEAD", "UNDER_CONTRACT", "CLOSED"),
							List.of("2025-03-15", "2025-04-20", "2025-06-01"), "2025-06-01"),
					deal("d3", "PURCHASE", "bob", "2024-03-05", "LOST", List.of("LEAD", "LOST"),
							List.of("2024-03-05", "2024-03-20"), null),
					deal("d4", "PURCHASE", "bob", "2023-12-20", "CLOSED", List.of("LEAD", "UNDER_CONTRACT", "CLOSED"),
							List.of("2023-12-20", "2024-01-10", "2024-02-15"), "2024-02-15"),
					deal("d5", "SALE", "ann", "2025-12-31", "LEAD", List.of("LEAD"), List.of("2025-12-31"), null),
					deal("d6", "REFINANCE", "bob", "2026-01-05", "LEAD", List.of("LEAD"), List.of("2026-01-05"), null),
					deal("d7", "SALE", "ann", "2024-04-01", "UNDER_CONTRACT",
							List.of("LEAD", "UNDER_CONTRACT", "APPROVED", "UNDER_CONTRACT"),
							List.of("2024-04-01", "2024-04-10", "2024-04-25", "2024-05-10"), null))))
				.consume();
		}
		// Written past the service: the per-day counters seasonality reads are counted as a rebuild does.
		rebuildMaintainedFacts();
	}

	private static Map<String, Object> deal(String id, String kind, String agent, String created, String stage,
			List<String> stages, List<String> ats, String closed) {
		Map<String, Object> d = new java.util.HashMap<>();
		d.put("id", id);
		d.put("kind", kind);
		d.put("agent", agent);
		d.put("created", created);
		d.put("stage", stage);
		d.put("stages", stages);
		d.put("ats", ats);
		d.put("closed", closed);
		return d;
	}

	@Test
	void everyMonthOfTheWindowWithItsEventsAndTheProfilePerYear() {
		JsonNode report = ok(VIEWER, QUERY, Map.of()).at("seasonality");
		assertThat(report.get("from").asString()).isEqualTo("2024-01-01");
		assertThat(report.get("to").asString()).isEqualTo("2025-12-31");
		assertThat(report.get("months")).hasSize(24);
		assertThat(months(report)).containsExactly(
				"2024-01 0 1 0", "2024-02 0 0 1", "2024-03 2 0 0", "2024-04 1 2 0", "2024-05 0 1 1", "2024-06 0 0 0",
				"2024-07 0 0 0", "2024-08 0 0 0", "2024-09 0 0 0", "2024-10 0 0 0", "2024-11 0 0 0", "2024-12 0 0 0",
				"2025-01 0 0 0", "2025-02 0 0 0", "2025-03 1 0 0", "2025-04 0 1 0", "2025-05 0 0 0", "2025-06 0 0 1",
				"2025-07 0 0 0", "2025-08 0 0 0", "2025-09 0 0 0", "2025-10 0 0 0", "2025-11 0 0 0", "2025-12 1 0 0");
		JsonNode profile = report.get("profile");
		assertThat(profile).hasSize(12);
		assertThat(profile.get(2).toString()).isEqualTo(
				"{\"month\":3,\"years\":2,\"created\":1.5,\"underContract\":0.0,\"closed\":0.0}");
		assertThat(profile.get(3).toString()).isEqualTo(
				"{\"month\":4,\"years\":2,\"created\":0.5,\"underContract\":1.5,\"closed\":0.0}");
	}

	@Test
	void oneAgentsListings() {
		JsonNode report = ok(VIEWER, QUERY, args("a", "ann", "k", "SALE")).at("seasonality");
		assertThat(months(report).stream().filter(m -> !m.endsWith(" 0 0 0")).toList()).containsExactly(
				"2024-03 1 0 0", "2024-04 1 2 0", "2024-05 0 1 1", "2025-03 1 0 0", "2025-04 0 1 0", "2025-06 0 0 1",
				"2025-12 1 0 0");
	}

	@Test
	void theCsvHasTheSameFiguresAndBadWindowsAreRefused() throws Exception {
		HttpResponse<String> csv = CLIENT.send(HttpRequest.newBuilder(http.uri(
				"/reports/seasonality.csv?from=2024-01-01&to=2025-12-31"))
			.header("Authorization", "Bearer " + VIEWER)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("Month,Created,Under contract,Closed\r\n2024-01,0,1,0\r\n")
			.contains("\r\n2024-04,1,2,0\r\n")
			.contains("Month of year,Years,Created per year,Under contract per year,Closed per year\r\n")
			.contains("\r\n4,2,0.50,1.50,0.00\r\n");
		assertThat(CLIENT.send(HttpRequest.newBuilder(http.uri("/reports/seasonality.csv?from=2024-01-01&to=2025-12-31"))
			.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
		HttpResponse<String> reversed = CLIENT.send(HttpRequest.newBuilder(http.uri(
				"/reports/seasonality.csv?from=2025-01-01&to=2024-12-31"))
			.header("Authorization", "Bearer " + VIEWER)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(reversed.body()).contains("\"field\":\"to\"").contains("VALIDATION_FAILED");
		assertThat(gql(VIEWER, "{ seasonality(from: \"2010-01-01\", to: \"2025-12-31\") { from } }").errorCode())
			.isEqualTo("VALIDATION_FAILED");
	}

	private static List<String> months(JsonNode report) {
		return java.util.stream.StreamSupport.stream(report.get("months").spliterator(), false)
			.map(m -> m.get("month").asString() + " " + m.get("created").asInt() + " " + m.get("underContract").asInt() + " "
					+ m.get("closed").asInt())
			.toList();
	}

}
