package com.rootline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rootline.support.GraphQlHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The business mix of the first half of 2026, worked out by hand. Origins and deals go through the
 * API, so tree levels are the service's own:
 *
 * <pre>
 *  KXYZ (radio) → Ann → Ben → Cal        Dee → Eve        Pat (partner) → Fay      Herald (print) → Gus
 *  KXYZ → Ivy                             Hal (no origin)
 *
 *  D1  Ann        1,000  ADVERTISING radio   (handled by Alex: the only deal of his)
 *  D2  Ben        2,000  REFERRAL gen 2
 *  D3  Cal          400  REFERRAL gen 3
 *  D4  Dee          500  DIRECT               D5  Dee  300  REPEAT_CLIENT (after D4)
 *  D6  Eve          600  REFERRAL gen 1
 *  D7  Fay          700  PARTNER
 *  D8  Gus          800  ADVERTISING print
 *  D9  Hal        9,999  closed 31 Dec 2025: outside    D10 Hal  100  REPEAT_CLIENT (D9 was before)
 *  D11 Ivy + Ben  1,000  ADVERTISING radio (Ivy was added first: the primary client)
 *  D12 Ann       50,000  still open: not counted
 *  total 7,400 in 10 deals: repeat 400 (2), referral 3,000 (3), advertising 2,800 (3), partner 700, direct 500
 * </pre>
 */
class BusinessMixFixtureTest extends ReportFixtures {

	private static final String QUERY = """
			query($from: Date!, $to: Date!, $a: ID) { businessMix(from: $from, to: $to, agentId: $a) {
			  from to closedDeals revenue
			  sources { source deals revenue share }
			  referralGenerations { generation deals revenue share }
			  advertising { mediaType { key name } deals revenue share } } }""";

	private String alex;

	private String ann;

	private String ben;

	private String eve;

	private String hal;

	@BeforeEach
	void history() {
		alex = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: AGENT, name: \"Alex\"}) { agent { id } } }",
				Map.of()).at("createAgent.agent.id").asString();
		String pat = partner("Pat");
		String kxyz = outlet("radio", "KXYZ");
		String herald = outlet("print", "Herald");
		ann = contact("Ann");
		String ivy = contact("Ivy");
		ben = contact("Ben");
		String cal = contact("Cal");
		String dee = contact("Dee");
		eve = contact("Eve");
		String fay = contact("Fay");
		String gus = contact("Gus");
		hal = contact("Hal");
		lead(ann, kxyz);
		lead(ivy, kxyz);
		lead(gus, herald);
		refer(ben, ann);
		refer(cal, ben);
		refer(eve, dee);
		refer(fay, pat);
		closed(List.of(ann), alex, "2026-02-01", "1000.00");
		closed(List.of(ben), null, "2026-03-01", "2000.00");
		closed(List.of(cal), null, "2026-03-05", "400.00");
		closed(List.of(dee), null, "2026-01-10", "500.00");
		closed(List.of(dee), null, "2026-04-01", "300.00");
		closed(List.of(eve), null, "2026-04-02", "600.00");
		closed(List.of(fay), null, "2026-05-01", "700.00");
		closed(List.of(gus), null, "2026-05-02", "800.00");
		closed(List.of(hal), null, "2025-12-31", "9999.00");
		closed(List.of(hal), null, "2026-06-01", "100.00");
		closed(List.of(ben, ivy), null, "2026-06-02", "1000.00");
		ok(BROKER, "mutation($c: [ID!]!) { createDeal(input: {kind: SALE, contactIds: $c, revenue: \"50000.00\"}) { userErrors { code } } }",
				Map.of("c", List.of(ann)));
	}

	@Test
	void everyDealCountsOnceForWhereItsClientCameFrom() {
		JsonNode mix = ok(VIEWER, QUERY, args("from", "2026-01-01", "to", "2026-06-30", "a", null)).at("businessMix");
		assertThat(mix.path("closedDeals").asInt()).isEqualTo(10);
		assertThat(mix.path("revenue").asString()).isEqualTo("7400.00");
		assertThat(rows(mix.path("sources"), "source")).containsExactly(
				"REPEAT_CLIENT 2 400.00 0.0541", "REFERRAL 3 3000.00 0.4054", "ADVERTISING 3 2800.00 0.3784",
				"PARTNER 1 700.00 0.0946", "DIRECT 1 500.00 0.0676");
		assertThat(rows(mix.path("referralGenerations"), "generation")).containsExactly("1 1 600.00 0.0811",
				"2 1 2000.00 0.2703", "3 1 400.00 0.0541");
		assertThat(rows(mix.path("advertising"), "mediaType")).containsExactly("RADIO 2 2000.00 0.2703",
				"PRINT 1 800.00 0.1081");
	}

	/**
	 * The report reads counters the writers keep; it answers as the deals themselves do, also after
	 * a subtree moved (Ann, with Ben and Cal below her, now referred by Eve: Ann's deal a referral of
	 * generation 2, Ben's and Cal's a generation further down) and after Ben was merged into Hal (his
	 * deal now Hal's, who closed one before: a repeat).
	 */
	@Test
	void theCountersAreTheDealsOwnFiguresAfterMovesAndMerges() {
		Map<String, Object> window = args("from", "2026-01-01", "to", "2026-06-30", "a", null);
		assertThat(withCountersOutOfZone(() -> ok(VIEWER, QUERY, window).body())).as("from the deals")
			.isEqualTo(ok(VIEWER, QUERY, window).body());
		ok(AGENT, "mutation($c: ID!, $r: ID!) { changeReferrer(input: {contactId: $c, referrerId: $r}) { userErrors { code } } }",
				Map.of("c", ann, "r", eve));
		JsonNode moved = ok(VIEWER, QUERY, window).at("businessMix");
		assertThat(rows(moved.path("referralGenerations"), "generation")).as("Ann's subtree under Eve")
			.containsExactly("1 1 600.00 0.0811", "2 1 1000.00 0.1351", "3 1 2000.00 0.2703", "4 1 400.00 0.0541");
		assertThat(withCountersOutOfZone(() -> ok(VIEWER, QUERY, window).body())).as("from the deals, after the move")
			.isEqualTo(ok(VIEWER, QUERY, window).body());
		ok(BROKER, "mutation($s: ID!, $d: ID!) { mergeContacts(input: {survivorId: $s, duplicateId: $d}) { userErrors { code } } }",
				Map.of("s", hal, "d", ben));
		assertThat(withCountersOutOfZone(() -> ok(VIEWER, QUERY, window).body())).as("from the deals, after the merge")
			.isEqualTo(ok(VIEWER, QUERY, window).body());
		assertMaintainedFactsTrue();
	}

	@Test
	void oneAgentsDealsAndAnEmptyWindow() {
		JsonNode alexs = ok(VIEWER, QUERY, args("from", "2026-01-01", "to", "2026-06-30", "a", alex)).at("businessMix");
		assertThat(rows(alexs.path("sources"), "source")).containsExactly("REPEAT_CLIENT 0 0.00 0.0000",
				"REFERRAL 0 0.00 0.0000", "ADVERTISING 1 1000.00 1.0000", "PARTNER 0 0.00 0.0000", "DIRECT 0 0.00 0.0000");
		JsonNode empty = ok(VIEWER, QUERY, args("from", "2020-01-01", "to", "2020-12-31", "a", null)).at("businessMix");
		assertThat(empty.path("revenue").asString()).isEqualTo("0.00");
		assertThat(empty.path("referralGenerations")).isEmpty();
	}

	@Test
	void theCsvHasTheSameFiguresAndBadWindowsAreRefused() throws Exception {
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/reports/business-mix.csv?from=2026-01-01&to=2026-06-30"))
				.header("Authorization", "Bearer " + VIEWER)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("Source,REFERRAL,3,3000.00,0.4054", "Referral generation,2,1,2000.00,0.2703",
				"Media type,Radio,2,2000.00,0.2703", "Total,,10,7400.00,1.0000");
		Response reversed = gql(VIEWER, QUERY, args("from", "2026-06-30", "to", "2026-01-01", "a", null));
		assertThat(reversed.errorCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(reversed.errors().get(0).path("message").asString()).startsWith("to:");
		Response tooLong = gql(VIEWER, QUERY, args("from", "2010-01-01", "to", "2026-01-02", "a", null));
		assertThat(tooLong.errorCode()).isEqualTo("VALIDATION_FAILED");
		HttpResponse<String> reversedCsv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/reports/business-mix.csv?from=2026-06-30&to=2026-01-01"))
				.header("Authorization", "Bearer " + VIEWER)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(reversedCsv.statusCode()).isEqualTo(400);
		assertThat(reversedCsv.body()).contains("\"code\":\"VALIDATION_FAILED\"", "to: is before from");
	}

	private static List<String> rows(JsonNode list, String key) {
		List<String> out = new ArrayList<>();
		list.forEach(r -> out.add((key.equals("mediaType") ? r.at("/mediaType/key").asString() : r.path(key).asString())
				+ " " + r.path("deals").asInt() + " " + r.path("revenue").asString() + " "
				+ String.format(java.util.Locale.ROOT, "%.4f", r.path("share").asDouble())));
		return out;
	}

	private void closed(List<String> contacts, String agent, String on, String revenue) {
		String deal = ok(BROKER, "mutation($c: [ID!]!, $a: ID) { createDeal(input: {kind: PURCHASE, contactIds: $c, agentId: $a}) { deal { id } userErrors { code } } }",
				args("c", contacts, "a", agent)).at("createDeal.deal.id").asString();
		assertThat(ok(BROKER, "mutation($d: ID!, $on: Date!, $r: Money!) { closeDeal(input: {id: $d, closedOn: $on, revenue: $r}) { userErrors { code message } } }",
				Map.of("d", deal, "on", on, "r", revenue)).at("closeDeal.userErrors")).isEmpty();
	}

}
