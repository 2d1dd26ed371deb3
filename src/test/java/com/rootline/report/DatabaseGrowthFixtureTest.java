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
 * Database growth on eight contacts counted by hand over the three weeks around 5–20 March 2025:
 * added by source, archived (a restored contact is not), erased, the net, the averages and the book.
 */
class DatabaseGrowthFixtureTest extends IntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final String QUERY = """
			query($a: ID) { databaseGrowth(from: "2025-03-05", to: "2025-03-20", agentId: $a) {
			  from to addedPerWeek removedPerWeek now { active inactive archived erased }
			  weeks { weekOf added addedBySource { advertising referral partner none } archived erased net } } }""";

	@BeforeEach
	void contacts() {
		try (var session = driver.session()) {
			session.run("""
					CREATE (ann:Agent {id: 'ann', kind: 'TEAM', role: 'AGENT', name: 'Ann'}),
					       (bob:Agent {id: 'bob', kind: 'TEAM', role: 'AGENT', name: 'Bob'}),
					       (pat:Agent {id: 'pat', kind: 'PARTNER', role: 'OUTSIDE_AGENT', name: 'Pat'}),
					       (radio:MediaOutlet {id: 'radio', name: 'KXYZ'})
					WITH ann, bob, pat, radio
					UNWIND $rows AS row
					CREATE (c:Contact {id: row.id, createdAt: datetime(row.created + 'T12:00:00Z'), active: row.active})
					SET c.archivedAt = CASE WHEN row.archived IS NULL THEN null ELSE datetime(row.archived + 'T12:00:00Z') END,
					    c.erasedAt = CASE WHEN row.erased IS NULL THEN null ELSE datetime(row.erased + 'T12:00:00Z') END
					WITH c, row, CASE row.owner WHEN 'ann' THEN ann ELSE bob END AS owner, pat, radio
					CREATE (owner)-[:OWNS]->(c)
					FOREACH (x IN CASE WHEN row.archived IS NOT NULL THEN [1] ELSE [] END | SET c:Archived)
					FOREACH (x IN CASE WHEN row.erased IS NOT NULL THEN [1] ELSE [] END | SET c:Erased)
					FOREACH (x IN CASE WHEN row.origin = 'radio' THEN [1] ELSE [] END | CREATE (c)-[:REFERRED_BY]->(radio))
					FOREACH (x IN CASE WHEN row.origin = 'pat' THEN [1] ELSE [] END | CREATE (c)-[:REFERRED_BY]->(pat))
					""", Map.of("rows", List.of(
					row("a1", "2025-03-03", true, "ann", "radio", null, null),
					row("a2", "2025-03-04", true, "ann", null, null, null),
					row("a3", "2025-03-11", false, "bob", "pat", null, null),
					row("a4", "2025-03-12", false, "ann", null, "2025-03-18", null),
					row("a5", "2025-01-10", false, "bob", null, null, "2025-03-19"),
					row("a6", "2025-03-24", true, "ann", null, null, null),
					row("a7", "2025-02-01", false, "bob", null, null, null),
					row("a8", "2025-03-02", false, "bob", null, null, null)))).consume();
			session.run("MATCH (a2:Contact {id: 'a2'}), (a1:Contact {id: 'a1'}) CREATE (a2)-[:REFERRED_BY]->(a1)").consume();
		}
		// Written past the service: the book counters the report reads are counted as a rebuild counts them.
		rebuildMaintainedFacts();
	}

	private static Map<String, Object> row(String id, String created, boolean active, String owner, String origin,
			String archived, String erased) {
		Map<String, Object> row = new java.util.HashMap<>();
		row.put("id", id);
		row.put("created", created);
		row.put("active", active);
		row.put("owner", owner);
		row.put("origin", origin);
		row.put("archived", archived);
		row.put("erased", erased);
		return row;
	}

	@Test
	void theBrokeragesWeeks() {
		JsonNode report = ok(VIEWER, QUERY, Map.of()).at("databaseGrowth");
		assertThat(report.get("from").asString()).isEqualTo("2025-03-03");
		assertThat(report.get("to").asString()).isEqualTo("2025-03-23");
		assertThat(weeks(report)).containsExactly("2025-03-03 2 [1 1 0 0] 0 0 2", "2025-03-10 2 [0 0 1 1] 0 0 2",
				"2025-03-17 0 [0 0 0 0] 1 1 -2");
		assertThat(report.get("addedPerWeek").asDouble()).isEqualTo(4.0 / 3);
		assertThat(report.get("removedPerWeek").asDouble()).isEqualTo(2.0 / 3);
		assertThat(report.get("now").toString()).isEqualTo("{\"active\":3,\"inactive\":3,\"archived\":1,\"erased\":1}");
	}

	@Test
	void oneAgentsBook() {
		JsonNode report = ok(VIEWER, QUERY, args("a", "ann")).at("databaseGrowth");
		assertThat(weeks(report)).containsExactly("2025-03-03 2 [1 1 0 0] 0 0 2", "2025-03-10 1 [0 0 0 1] 0 0 1",
				"2025-03-17 0 [0 0 0 0] 1 0 -1");
		assertThat(report.get("now").toString()).isEqualTo("{\"active\":3,\"inactive\":0,\"archived\":1,\"erased\":0}");
	}

	@Test
	void theCsvAndRefusals() throws Exception {
		HttpResponse<String> csv = CLIENT.send(HttpRequest.newBuilder(http.uri(
				"/reports/database-growth.csv?from=2025-03-05&to=2025-03-20"))
			.header("Authorization", "Bearer " + VIEWER)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).isEqualTo("""
				Week of,Added,From advertising,From referrals,From partners,No source,Archived,Erased,Net\r
				2025-03-03,2,1,1,0,0,0,0,2\r
				2025-03-10,2,0,0,1,1,0,0,2\r
				2025-03-17,0,0,0,0,0,1,1,-2\r
				Per week,1.33,,,,,0.67,,\r
				""");
		assertThat(gql(VIEWER, "{ databaseGrowth(from: \"2020-01-01\", to: \"2025-12-31\") { from } }").errorCode())
			.isEqualTo("VALIDATION_FAILED");
		assertThat(gql(VIEWER, "{ databaseGrowth(from: \"2025-03-05\", to: \"2025-03-04\") { from } }").errorCode())
			.isEqualTo("VALIDATION_FAILED");
	}

	private static List<String> weeks(JsonNode report) {
		return java.util.stream.StreamSupport.stream(report.get("weeks").spliterator(), false)
			.map(w -> w.get("weekOf").asString() + " " + w.get("added").asInt() + " [" + w.at("/addedBySource/advertising").asInt()
					+ " " + w.at("/addedBySource/referral").asInt() + " " + w.at("/addedBySource/partner").asInt() + " "
					+ w.at("/addedBySource/none").asInt() + "] " + w.get("archived").asInt() + " " + w.get("erased").asInt()
					+ " " + w.get("net").asInt())
			.toList();
	}

}
