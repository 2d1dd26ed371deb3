package com.rootline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rootline.support.GraphQlHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The first quarter of 2026 through the funnel, worked out by hand. Origins go through the API (the
 * top of each tree is the service's own fact); deals are written with their stage history, at noon
 * UTC so every day is the same day in any zone.
 *
 * <pre>
 *  KXYZ (radio) → Ann → Ben      Herald (print) → Cal      Pat (partner) → Dee      Eve (no origin)
 *  F1 Ann  1-05 → APPLICATION 1-10 → APPROVED 1-20 → CLOSED 2-04      5, 10, 15 days
 *  F2 Ann  1-07 → APPLICATION 1-08 → LOST                             1
 *  F3 Ben  2-01 → APPLICATION 2-04 → APPROVED 2-11 → UNDER_CONTRACT   3, 7
 *  F4 Ben  2-10 → CLOSED 3-01 (skips: reaches every stage that day)   19, 0, 0
 *  F5 Cal  3-01 (a lead only)
 *  F6 Dee  3-02 → APPLICATION 3-05 → APPROVED 3-09 → CLOSED 3-20      3, 4, 11
 *  F7 Eve  2025-12-30: before the window       F8 Eve 3-10 → APPLICATION 3-12    2
 * </pre>
 */
class SourceFunnelFixtureTest extends ReportFixtures {

	private static final String QUERY = """
			query($by: FunnelDimension!) { sourceFunnel(from: "2026-01-01", to: "2026-03-31", by: $by) {
			  by rows { ...row } total { ...row } } }
			fragment row on FunnelRow { mediaType { key } outlet { name } referralKind leads applications approved closed
			  applicationRate approvalRate closeRate leadToCloseRate medianDaysToApplication medianDaysToApproval medianDaysToClose }""";

	@BeforeEach
	void quarter() {
		String pat = partner("Pat");
		String kxyz = outlet("radio", "KXYZ");
		String herald = outlet("print", "Herald");
		String ann = contact("Ann");
		String ben = contact("Ben");
		String cal = contact("Cal");
		String dee = contact("Dee");
		String eve = contact("Eve");
		lead(ann, kxyz);
		lead(cal, herald);
		refer(ben, ann);
		refer(dee, pat);
		List<Map<String, Object>> deals = List.of(
				deal("f1", ann, "2026-01-05", "CLOSED", List.of("LEAD", "APPLICATION", "APPROVED", "CLOSED"),
						List.of("2026-01-05", "2026-01-10", "2026-01-20", "2026-02-04")),
				deal("f2", ann, "2026-01-07", "LOST", List.of("LEAD", "APPLICATION", "LOST"),
						List.of("2026-01-07", "2026-01-08", "2026-01-09")),
				deal("f3", ben, "2026-02-01", "UNDER_CONTRACT", List.of("LEAD", "APPLICATION", "APPROVED", "UNDER_CONTRACT"),
						List.of("2026-02-01", "2026-02-04", "2026-02-11", "2026-02-15")),
				deal("f4", ben, "2026-02-10", "CLOSED", List.of("LEAD", "CLOSED"), List.of("2026-02-10", "2026-03-01")),
				deal("f5", cal, "2026-03-01", "LEAD", List.of("LEAD"), List.of("2026-03-01")),
				deal("f6", dee, "2026-03-02", "CLOSED", List.of("LEAD", "APPLICATION", "APPROVED", "CLOSED"),
						List.of("2026-03-02", "2026-03-05", "2026-03-09", "2026-03-20")),
				deal("f7", eve, "2025-12-30", "LEAD", List.of("LEAD"), List.of("2025-12-30")),
				deal("f8", eve, "2026-03-10", "APPLICATION", List.of("LEAD", "APPLICATION"),
						List.of("2026-03-10", "2026-03-12")));
		try (var session = driver.session()) {
			session.run("""
					UNWIND $deals AS d
					MATCH (c:Contact {id: d.contact})
					CREATE (deal:Deal {id: d.id, kind: 'PURCHASE', stage: d.stage, createdAt: datetime(d.created + 'T12:00:00Z'),
					                   historyStage: d.stages, historyAt: [t IN d.ats | datetime(t + 'T12:00:00Z')],
					                   closedOn: CASE WHEN d.stage = 'CLOSED' THEN date(last(d.ats)) END})
					CREATE (c)-[:PARTY_TO {treeKey: c.treeKey}]->(deal)""", Map.of("deals", deals)).consume();
		}
		// Written past the service: the funnel counters count them as a facts rebuild does.
		rebuildMaintainedFacts();
		this.ann = ann;
		this.cal = cal;
		this.eve = eve;
	}

	private String ann;

	private String cal;

	private String eve;

	@Test
	void byMediaTypeAtTheTopOfTheClientsTree() {
		JsonNode funnel = ok(VIEWER, QUERY, Map.of("by", "MEDIA_TYPE")).at("sourceFunnel");
		assertThat(rows(funnel.path("rows"))).containsExactly(
				"PRINT 1 0 0 0 | 0.00 - - 0.00 | - - -",
				"RADIO 4 4 3 2 | 1.00 0.75 0.67 0.50 | 4.00 7.00 7.50",
				"- 2 2 1 1 | 1.00 0.50 1.00 0.50 | 2.50 4.00 11.00");
		assertThat(rows(List.of(funnel.path("total")))).containsExactly("- 7 6 4 3 | 0.86 0.67 0.75 0.43 | 3.00 5.50 11.00");
	}

	@Test
	void byOutletAndByKindOfOrigin() {
		assertThat(rows(ok(VIEWER, QUERY, Map.of("by", "OUTLET")).at("sourceFunnel.rows")).stream().map(r -> r.split(" \\| ")[0]))
			.containsExactlyInAnyOrder("Herald 1 0 0 0", "KXYZ 4 4 3 2", "- 2 2 1 1");
		assertThat(rows(ok(VIEWER, QUERY, Map.of("by", "REFERRAL_KIND")).at("sourceFunnel.rows")).stream()
			.map(r -> r.split(" \\| ")[0])).containsExactly("ADVERTISING 3 2 1 1", "DIRECT 1 1 0 0", "PARTNER 1 1 1 1",
					"REFERRAL 2 2 2 1");
	}

	@Test
	void theCsvCarriesTheSameFigures() throws Exception {
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/reports/source-funnel.csv?from=2026-01-01&to=2026-03-31&by=MEDIA_TYPE"))
				.header("Authorization", "Bearer " + VIEWER)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("Radio,4,4,3,2,1.00,0.75,0.67,0.50,4.00,7.00,7.50",
				"(none),2,2,1,1,1.00,0.50,1.00,0.50,2.50,4.00,11.00", "TOTAL,7,6,4,3,0.86,0.67,0.75,0.43,3.00,5.50,11.00");
		HttpResponse<String> badDimension = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/reports/source-funnel.csv?from=2026-01-01&to=2026-03-31&by=COLOUR"))
				.header("Authorization", "Bearer " + VIEWER)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(badDimension.statusCode()).isEqualTo(400);
		assertThat(GraphQlHttp.JSON.readTree(badDimension.body()).path("field").asString()).isEqualTo("by");
		assertThat(gql(VIEWER, QUERY.replace("2026-03-31", "2025-03-31"), Map.of("by", "OUTLET")).errorCode())
			.isEqualTo("VALIDATION_FAILED");
	}

	/**
	 * The report reads counters the writers keep; it answers as the deals themselves do, in every
	 * dimension and for one agent: after deals written through the API move through their stages,
	 * after Ann's subtree moves under Cal (Herald at the top now, not KXYZ) and after Eve is merged
	 * into Ann (her deals now Ann's, a referral's).
	 */
	@Test
	void theCountersAreTheDealsOwnFiguresThroughTheWriters() {
		String alex = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: AGENT, name: \"Alex\"}) { agent { id } } }",
				Map.of()).at("createAgent.agent.id").asString();
		String closedOn = java.time.LocalDate.now().toString();
		String d1 = created(List.of(ann), alex);
		String d2 = created(List.of(eve, cal), null);
		String d3 = created(List.of(cal), alex);
		move(d1, "APPLICATION");
		move(d1, "APPROVED");
		assertThat(ok(BROKER, "mutation($d: ID!, $on: Date!) { closeDeal(input: {id: $d, closedOn: $on, revenue: \"10.00\"}) { userErrors { code } } }",
				Map.of("d", d1, "on", closedOn)).at("closeDeal.userErrors")).isEmpty();
		move(d2, "APPLICATION");
		move(d3, "APPROVED");
		String window = QUERY.replace("2026-01-01", "2025-01-01").replace("2026-03-31", "2027-12-31");
		assertCountedAsScanned(window, alex);
		ok(AGENT, "mutation($c: ID!, $r: ID!) { changeReferrer(input: {contactId: $c, referrerId: $r}) { userErrors { code } } }",
				Map.of("c", ann, "r", cal));
		assertCountedAsScanned(window, alex);
		ok(BROKER, "mutation($s: ID!, $d: ID!) { mergeContacts(input: {survivorId: $s, duplicateId: $d}) { userErrors { code } } }",
				Map.of("s", ann, "d", eve));
		assertCountedAsScanned(window, alex);
		// Every client but Dee is under Herald now: f1–f5, Eve's f7 and f8 (Ann's since the merge), and
		// today's three, which reached their stages today (0 days; d1 closed today too).
		JsonNode all = ok(VIEWER, window, Map.of("by", "OUTLET")).at("sourceFunnel");
		assertThat(rows(all.path("rows"))).containsExactly("Herald 10 8 5 3 | 0.80 0.63 0.60 0.30 | 1.50 0.00 0.00",
				"- 1 1 1 1 | 1.00 1.00 1.00 1.00 | 3.00 4.00 11.00");
		assertMaintainedFactsTrue();
	}

	private void assertCountedAsScanned(String query, String agent) {
		for (String by : List.of("MEDIA_TYPE", "OUTLET", "REFERRAL_KIND")) {
			Map<String, Object> brokerage = Map.of("by", by);
			assertThat(withCountersOutOfZone(() -> ok(VIEWER, query, brokerage).body())).as("from the deals, by " + by)
				.isEqualTo(ok(VIEWER, query, brokerage).body());
			String agents = query.replace("by: $by)", "by: $by, agentId: \"" + agent + "\")");
			assertThat(withCountersOutOfZone(() -> ok(VIEWER, agents, brokerage).body())).as("from Alex's deals, by " + by)
				.isEqualTo(ok(VIEWER, agents, brokerage).body());
		}
	}

	private String created(List<String> contacts, String agent) {
		return ok(BROKER, "mutation($c: [ID!]!, $a: ID) { createDeal(input: {kind: PURCHASE, contactIds: $c, agentId: $a}) { deal { id } userErrors { code } } }",
				args("c", contacts, "a", agent)).at("createDeal.deal.id").asString();
	}

	private void move(String deal, String stage) {
		int version = ok(VIEWER, "query($d: ID!) { deal(id: $d) { version } }", Map.of("d", deal)).at("deal.version").asInt();
		assertThat(ok(BROKER, "mutation($d: ID!, $s: DealStage!, $v: Int!) { moveDealStage(input: {id: $d, stage: $s, expectedVersion: $v}) { userErrors { code } } }",
				Map.of("d", deal, "s", stage, "v", version)).at("moveDealStage.userErrors")).isEmpty();
	}

	private static List<String> rows(Iterable<JsonNode> list) {
		List<String> out = new ArrayList<>();
		for (JsonNode r : list) {
			String name = !r.path("mediaType").isNull() && !r.path("mediaType").isMissingNode() ? r.at("/mediaType/key").asString()
					: !r.path("outlet").isNull() && !r.path("outlet").isMissingNode() ? r.at("/outlet/name").asString()
							: !r.path("referralKind").isNull() ? r.path("referralKind").asString() : "-";
			out.add(name + " " + r.path("leads").asInt() + " " + r.path("applications").asInt() + " "
					+ r.path("approved").asInt() + " " + r.path("closed").asInt() + " | "
					+ String.join(" ", fixed(r, "applicationRate"), fixed(r, "approvalRate"), fixed(r, "closeRate"),
							fixed(r, "leadToCloseRate"))
					+ " | " + String.join(" ", fixed(r, "medianDaysToApplication"), fixed(r, "medianDaysToApproval"),
							fixed(r, "medianDaysToClose")));
		}
		return out;
	}

	private static String fixed(JsonNode row, String field) {
		return row.path(field).isNull() ? "-" : String.format(java.util.Locale.ROOT, "%.2f", row.path(field).asDouble());
	}

	private static Map<String, Object> deal(String id, String contact, String created, String stage, List<String> stages,
			List<String> ats) {
		return Map.of("id", id, "contact", contact, "created", created, "stage", stage, "stages", stages, "ats", ats);
	}

}
