package com.rootline.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Channel ROI on a fixture whose tables were worked out by hand.
 *
 * <pre>
 * Outlets   RADIO: KXYZ FM (R1), WABC AM (R2)   PRINT: Daily Herald (P1), Homes Magazine (P2)
 *           INTERNET: Zillow (I1), Facebook Ads (I2)
 * Spend     R1 1000 (2025-07-15) 1000 (2025-10-15) 500 (2026-01-15) 500 (2026-04-15); R2 800 (2025-08-01)
 *           and 999.99 (2025-11-01, deleted); P1 350 corrected to 300 (2025-10-20); P2 200 (2026-01-20);
 *           I1 400 (2026-02-01) 400 (2026-05-01); I2 nothing
 * Leads     L1 R1 2025-07-20, L6 R2 2025-08-01, L2 R1 2025-11-05, L3 P1 2025-12-01, L4 I1 2026-02-10, L5 I2 2026-03-01
 * Chain     R1 → L1 → X1 (2025-09-01) → X2 (2025-12-01) → X3 (2026-02-01): X3 is three deep below L1
 * Deals     D1 L1 6000 closed 2025-09-30; D2 X1 4000 2025-12-15; D3 X2 2000 2026-03-10; D4 X3 1000 2026-05-20;
 *           D5 L4 3000 2026-04-10; D6 L2+L3 5000 2026-01-20 (both direct leads: L2 heard first, so R1);
 *           D7 L6 lost; D8 X1 900 2026-08-01 (outside the window); D9 walk-in W 700 2026-02-01 (no outlet)
 * </pre>
 *
 * SOURCE, by outlet, 2025-07-01..2026-06-30: R1 spend 3000 leads 2 deals 2 (D1, D6) revenue 11000 roi 8/3;
 * R2 800/1/0/0 roi -1; P1 300/1/0/0 roi -1; P2 200/0/0/0 roi -1; I1 800/1/1 (D5)/3000 roi 2.75;
 * I2 0/1/0/0 roi null. Totals 5100/6/3/14000, roi 8900/5100, cost per lead 850, per deal 1700.
 * REFERRAL_CHAIN, decay 0.5: R1 also gets D2 at depth 1 (2000), D3 at 2 (500), D4 at 3 (125): 5 deals,
 * revenue 13625, roi 10625/3000; totals 6 deals, 16625.
 */
class ChannelRoiFixtureTest extends IntegrationTest {

	private final Map<String, String> id = new HashMap<>();

	private static Map<String, Object> vars(Object... kv) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

	private String outlet(String key, String type, String name) {
		Response r = ok(MARKETING, "mutation($t: ID!, $n: String!) { createMediaOutlet(input: {mediaTypeId: $t, name: $n}) "
				+ "{ outlet { id } userErrors { code } } }", vars("t", "media-type-" + type, "n", name));
		id.put(key, r.at("createMediaOutlet.outlet.id").asString());
		return id.get(key);
	}

	private String spend(String outlet, String amount, String on) {
		return ok(MARKETING, "mutation($o: ID!, $a: Money!, $on: Date!) { recordAdSpend(input: {outletId: $o, amount: $a, "
				+ "spentOn: $on, campaign: \"Spring\"}) { adSpend { id } userErrors { code } } }",
				vars("o", id.get(outlet), "a", amount, "on", on)).at("recordAdSpend.adSpend.id").asString();
	}

	private void contact(String key) {
		id.put(key, ok(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n}) { contact { id } } }",
				vars("n", key)).at("createContact.contact.id").asString());
	}

	private void lead(String contact, String outlet, String on) {
		Response r = ok(AGENT, "mutation($c: ID!, $o: ID!, $on: Date) { recordLeadSource(input: {contactId: $c, outletId: $o, "
				+ "heardOn: $on}) { userErrors { code message } } }", vars("c", id.get(contact), "o", id.get(outlet), "on", on));
		assertThat(r.at("recordLeadSource.userErrors")).as(r.body()).isEmpty();
	}

	private void refer(String child, String parent, String on) {
		Response r = ok(AGENT, "mutation($c: ID!, $r: ID!, $on: Date) { recordReferral(input: {contactId: $c, referrerId: $r, "
				+ "referredOn: $on}) { userErrors { code } } }", vars("c", id.get(child), "r", id.get(parent), "on", on));
		assertThat(r.at("recordReferral.userErrors")).isEmpty();
	}

	private void closedDeal(String key, List<String> parties, String revenue, String closedOn) {
		String dealId = ok(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) { deal { id } } }",
				vars("c", parties.stream().map(id::get).toList())).at("createDeal.deal.id").asString();
		id.put(key, dealId);
		if (closedOn != null) {
			Response r = ok(AGENT, "mutation($d: ID!, $r: Money!, $on: Date!) { closeDeal(input: {id: $d, revenue: $r, closedOn: $on}) "
					+ "{ deal { stage } userErrors { code message } } }", vars("d", dealId, "r", revenue, "on", closedOn));
			assertThat(r.at("closeDeal.userErrors")).as(r.body()).isEmpty();
		}
	}

	@BeforeEach
	void fixture() {
		outlet("R1", "radio", "KXYZ FM");
		outlet("R2", "radio", "WABC AM");
		outlet("P1", "print", "Daily Herald");
		outlet("P2", "print", "Homes Magazine");
		outlet("I1", "internet", "Zillow");
		outlet("I2", "internet", "Facebook Ads");
		spend("R1", "1000.00", "2025-07-15");
		spend("R1", "1000", "2025-10-15");
		spend("R1", "500.00", "2026-01-15");
		spend("R1", "500.00", "2026-04-15");
		spend("R2", "800.00", "2025-08-01");
		String deleted = spend("R2", "999.99", "2025-11-01");
		ok(MARKETING, "mutation($s: ID!) { deleteAdSpend(input: {id: $s, reason: \"double entry\"}) { adSpend { deleted } } }",
				vars("s", deleted));
		String corrected = spend("P1", "350.00", "2025-10-20");
		ok(MARKETING, "mutation($s: ID!) { correctAdSpend(input: {id: $s, amount: \"300.00\"}) { adSpend { amount } } }",
				vars("s", corrected));
		spend("P2", "200.00", "2026-01-20");
		spend("I1", "400.00", "2026-02-01");
		spend("I1", "400.00", "2026-05-01");
		for (String c : List.of("L1", "L2", "L3", "L4", "L5", "L6", "X1", "X2", "X3", "W")) {
			contact(c);
		}
		lead("L1", "R1", "2025-07-20");
		lead("L6", "R2", "2025-08-01");
		lead("L2", "R1", "2025-11-05");
		lead("L3", "P1", "2025-12-01");
		lead("L4", "I1", "2026-02-10");
		lead("L5", "I2", "2026-03-01");
		refer("X1", "L1", "2025-09-01");
		refer("X2", "X1", "2025-12-01");
		refer("X3", "X2", "2026-02-01");
		closedDeal("D1", List.of("L1"), "6000.00", "2025-09-30");
		closedDeal("D2", List.of("X1"), "4000.00", "2025-12-15");
		closedDeal("D3", List.of("X2"), "2000.00", "2026-03-10");
		closedDeal("D4", List.of("X3"), "1000.00", "2026-05-20");
		closedDeal("D5", List.of("L4"), "3000.00", "2026-04-10");
		closedDeal("D6", List.of("L3", "L2"), "5000.00", "2026-01-20");
		closedDeal("D7", List.of("L6"), null, null);
		ok(AGENT, "mutation($d: ID!) { loseDeal(input: {id: $d, reason: \"bought elsewhere\"}) { deal { stage } } }",
				vars("d", id.get("D7")));
		closedDeal("D8", List.of("X1"), "900.00", "2026-08-01");
		closedDeal("D9", List.of("W"), "700.00", "2026-02-01");
	}

	private static final String ROI = """
			query($from: Date!, $to: Date!, $by: [RoiDimension!]!, $a: Attribution, $decay: Float) {
			  channelRoi(from: $from, to: $to, groupBy: $by, attribution: $a, decay: $decay) {
			    rows { mediaType { key } outlet { name } quarter spend leads closedDeals revenue roi costPerLead costPerClosedDeal frozen }
			    totals { spend leads closedDeals revenue roi costPerLead costPerClosedDeal frozen }
			  } }""";

	private JsonNode roi(String by, String attribution, Double decay) {
		return roi("2025-07-01", "2026-06-30", by, attribution, decay);
	}

	private JsonNode roi(String from, String to, String by, String attribution, Double decay) {
		return ok(MARKETING, ROI, vars("from", from, "to", to, "by", List.of(by.split(",")), "a", attribution, "decay", decay))
			.at("channelRoi");
	}

	private static Map<String, JsonNode> byKey(JsonNode rows, String field) {
		Map<String, JsonNode> result = new HashMap<>();
		rows.forEach(r -> result.put(field.equals("outlet") ? r.path("outlet").path("name").asString()
				: field.equals("mediaType") ? r.path("mediaType").path("key").asString() : r.path("quarter").asString(), r));
		return result;
	}

	private static void row(JsonNode r, String spend, int leads, int deals, String revenue, Double roi, String perLead,
			String perDeal) {
		assertThat(r.path("spend").asString()).as("spend").isEqualTo(spend);
		assertThat(r.path("leads").asInt()).as("leads").isEqualTo(leads);
		assertThat(r.path("closedDeals").asInt()).as("closedDeals").isEqualTo(deals);
		assertThat(r.path("revenue").asString()).as("revenue").isEqualTo(revenue);
		if (roi == null) {
			assertThat(r.path("roi").isNull()).as("roi").isTrue();
		}
		else {
			assertThat(r.path("roi").asDouble()).as("roi").isCloseTo(roi, within(1e-12));
		}
		assertThat(r.path("costPerLead").isNull() ? null : r.path("costPerLead").asString()).as("costPerLead").isEqualTo(perLead);
		assertThat(r.path("costPerClosedDeal").isNull() ? null : r.path("costPerClosedDeal").asString()).as("costPerClosedDeal")
			.isEqualTo(perDeal);
	}

	@Test
	void sourceAttributionByOutlet() {
		JsonNode result = roi("OUTLET", "SOURCE", null);
		Map<String, JsonNode> rows = byKey(result.path("rows"), "outlet");
		assertThat(rows).hasSize(6);
		row(rows.get("KXYZ FM"), "3000.00", 2, 2, "11000.00", 8000.0 / 3000, "1500.00", "1500.00");
		row(rows.get("WABC AM"), "800.00", 1, 0, "0.00", -1.0, "800.00", null);
		row(rows.get("Daily Herald"), "300.00", 1, 0, "0.00", -1.0, "300.00", null);
		row(rows.get("Homes Magazine"), "200.00", 0, 0, "0.00", -1.0, null, null);
		row(rows.get("Zillow"), "800.00", 1, 1, "3000.00", 2.75, "800.00", "800.00");
		row(rows.get("Facebook Ads"), "0.00", 1, 0, "0.00", null, "0.00", null);
		row(result.path("totals"), "5100.00", 6, 3, "14000.00", 8900.0 / 5100, "850.00", "1700.00");
		assertThat(rows.get("Zillow").path("quarter").isNull()).isTrue();
		assertThat(rows.get("Zillow").path("frozen").asBoolean()).isFalse();
	}

	@Test
	void referralChainAttributionWithDecay() {
		JsonNode half = roi("OUTLET", "REFERRAL_CHAIN", 0.5);
		Map<String, JsonNode> rows = byKey(half.path("rows"), "outlet");
		row(rows.get("KXYZ FM"), "3000.00", 2, 5, "13625.00", 10625.0 / 3000, "1500.00", "600.00");
		row(rows.get("Zillow"), "800.00", 1, 1, "3000.00", 2.75, "800.00", "800.00");
		row(half.path("totals"), "5100.00", 6, 6, "16625.00", 11525.0 / 5100, "850.00", "850.00");

		JsonNode full = roi("OUTLET", "REFERRAL_CHAIN", null);
		row(byKey(full.path("rows"), "outlet").get("KXYZ FM"), "3000.00", 2, 5, "18000.00", 15000.0 / 3000, "1500.00",
				"600.00");
	}

	@Test
	void byQuarterAndByMediaType() {
		Map<String, JsonNode> quarters = byKey(roi("QUARTER", "SOURCE", null).path("rows"), "quarter");
		assertThat(quarters.keySet()).containsExactlyInAnyOrder("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2");
		row(quarters.get("2025-Q3"), "1800.00", 2, 1, "6000.00", 4200.0 / 1800, "900.00", "1800.00");
		row(quarters.get("2025-Q4"), "1300.00", 2, 0, "0.00", -1.0, "650.00", null);
		row(quarters.get("2026-Q1"), "1100.00", 2, 1, "5000.00", 3900.0 / 1100, "550.00", "1100.00");
		row(quarters.get("2026-Q2"), "900.00", 0, 1, "3000.00", 2100.0 / 900, null, "900.00");

		Map<String, JsonNode> types = byKey(roi("MEDIA_TYPE", "SOURCE", null).path("rows"), "mediaType");
		row(types.get("RADIO"), "3800.00", 3, 2, "11000.00", 7200.0 / 3800, "1266.67", "1900.00");
		row(types.get("PRINT"), "500.00", 1, 0, "0.00", -1.0, "500.00", null);
		row(types.get("INTERNET"), "800.00", 2, 1, "3000.00", 2.75, "400.00", "800.00");

		JsonNode both = roi("MEDIA_TYPE,QUARTER", "SOURCE", null).path("rows");
		JsonNode radioQ3 = null;
		for (JsonNode r : both) {
			if (r.path("mediaType").path("key").asString().equals("RADIO") && r.path("quarter").asString().equals("2025-Q3")) {
				radioQ3 = r;
			}
		}
		row(radioQ3, "1800.00", 2, 1, "6000.00", 4200.0 / 1800, "900.00", "1800.00");
	}

	@Test
	void aClosedQuarterKeepsItsFiguresWhenLateReferralsArrive() {
		Response closed = ok(MARKETING, "mutation { closeQuarter(input: {quarter: \"2026-Q1\"}) { quarter { quarter closedBy } userErrors { code } } }",
				Map.of());
		assertThat(closed.at("closeQuarter.quarter.quarter").asString()).isEqualTo("2026-Q1");
		assertThat(ok(MARKETING, "mutation { closeQuarter(input: {quarter: \"2026-Q1\"}) { userErrors { code } } }", Map.of())
			.at("closeQuarter.userErrors/0/code").asString()).isEqualTo("QUARTER_CLOSED");
		assertThat(ok(MARKETING, "mutation { closeQuarter(input: {quarter: \"2026-Q5\"}) { userErrors { code } } }", Map.of())
			.at("closeQuarter.userErrors/0/code").asString()).isEqualTo("INVALID");

		// Late news: the walk-in W was referred by Zillow's lead L4 back in January, and Zillow's
		// February invoice was really 450. Neither may change the closed quarter.
		refer("W", "L4", "2026-01-05");
		String feb = ok(MARKETING, "{ adSpend(filter: {from: \"2026-02-01\", to: \"2026-02-01\"}) { id } }", Map.of())
			.at("adSpend/0/id").asString();
		ok(MARKETING, "mutation($s: ID!) { correctAdSpend(input: {id: $s, amount: \"450.00\"}) { adSpend { amount history { amount action } } } }",
				vars("s", feb));

		JsonNode q1 = roi("2026-01-01", "2026-03-31", "QUARTER", "REFERRAL_CHAIN", 0.5).path("rows").get(0);
		assertThat(q1.path("frozen").asBoolean()).isTrue();
		row(q1, "1100.00", 2, 2, "5500.00", 4400.0 / 1100, "550.00", "550.00");
		JsonNode q2 = roi("2026-04-01", "2026-06-30", "QUARTER", "REFERRAL_CHAIN", 0.5).path("rows").get(0);
		assertThat(q2.path("frozen").asBoolean()).isFalse();

		assertThat(gql(MARKETING, "mutation { reopenQuarter(input: {quarter: \"2026-Q1\"}) { userErrors { code } } }").errorCode())
			.isEqualTo("FORBIDDEN");
		ok(ADMIN, "mutation { reopenQuarter(input: {quarter: \"2026-Q1\"}) { quarter { quarter } userErrors { code } } }", Map.of());
		assertThat(count("MATCH (e:AuditEntry {action: 'REOPEN_QUARTER'}) RETURN count(e)")).isEqualTo(1);
		JsonNode live = roi("2026-01-01", "2026-03-31", "QUARTER", "REFERRAL_CHAIN", 0.5).path("rows").get(0);
		assertThat(live.path("frozen").asBoolean()).isFalse();
		// Now W's deal D9 (700) is credited to Zillow one step down (350), and February's spend is 450.
		row(live, "1150.00", 2, 3, "5850.00", 4700.0 / 1150, "575.00", "383.33");
	}

	@Test
	void creditFollowsASubtreeWhenItsOriginChangesOrGoes() {
		// X1 (with X2 and X3 below) was really referred by Zillow's lead L4: D2, D3, D4 move to Zillow.
		Response changed = ok(AGENT, "mutation($c: ID!, $r: ID!) { changeReferrer(input: {contactId: $c, referrerId: $r, "
				+ "effectiveOn: \"2026-06-30\"}) { userErrors { code } } }", vars("c", id.get("X1"), "r", id.get("L4")));
		assertThat(changed.at("changeReferrer.userErrors")).isEmpty();
		Map<String, JsonNode> rows = byKey(roi("OUTLET", "REFERRAL_CHAIN", 0.5).path("rows"), "outlet");
		row(rows.get("KXYZ FM"), "3000.00", 2, 2, "11000.00", 8000.0 / 3000, "1500.00", "1500.00");
		row(rows.get("Zillow"), "800.00", 1, 4, "5625.00", 4825.0 / 800, "800.00", "200.00");

		// Nobody referred X1 after all: its tree has no outlet at the top and earns no outlet credit.
		ok(AGENT, "mutation($c: ID!) { removeReferral(input: {contactId: $c}) { userErrors { code } } }", vars("c", id.get("X1")));
		rows = byKey(roi("OUTLET", "REFERRAL_CHAIN", 0.5).path("rows"), "outlet");
		row(rows.get("Zillow"), "800.00", 1, 1, "3000.00", 2.75, "800.00", "800.00");
		assertThat(count("MATCH (c:Contact) WHERE c.id IN $ids AND c.rootOutletId IS NULL RETURN count(c)",
				vars("ids", List.of(id.get("X1"), id.get("X2"), id.get("X3"))))).isEqualTo(3);
	}

	@Test
	void theCsvEqualsTheGraphQlFiguresAndIsForMarketing() {
		String url = "/reports/channel-roi.csv?from=2025-07-01&to=2026-06-30&attribution=SOURCE&groupBy=OUTLET";
		var anonymous = http.send(HttpRequest.newBuilder(http.uri(url)).build());
		assertThat(anonymous.status()).isEqualTo(401);
		var viewer = http.send(HttpRequest.newBuilder(http.uri(url)).header("Authorization", "Bearer " + VIEWER).build());
		assertThat(viewer.status()).isEqualTo(403);
		var csv = http.send(HttpRequest.newBuilder(http.uri(url)).header("Authorization", "Bearer " + MARKETING).build());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		List<String> lines = List.of(csv.body().split("\r\n"));
		assertThat(lines.getFirst()).isEqualTo("Media type,Outlet,Quarter,Spend,Leads,Closed deals,Revenue,ROI,Cost per lead,Cost per closed deal,Frozen");
		JsonNode graphql = roi("OUTLET", "SOURCE", null);
		List<String> expected = new ArrayList<>();
		for (JsonNode r : graphql.path("rows")) {
			expected.add(line("", r.path("outlet").path("name").asString(), r));
		}
		expected.add(line("TOTAL", "", graphql.path("totals")));
		assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected);

		String evil = outlet("EVIL", "other", "=HYPERLINK(\"http://x\",\"click\")");
		spend("EVIL", "10.00", "2024-01-10");
		var injected = http.send(HttpRequest.newBuilder(http.uri("/reports/channel-roi.csv?from=2024-01-01&to=2024-03-31&groupBy=OUTLET"))
			.header("Authorization", "Bearer " + BROKER)
			.build());
		assertThat(injected.body()).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",");
		assertThat(injected.body()).contains("-1.0");
		assertThat(evil).isNotBlank();

		for (String[] bad : new String[][] { { "from=2025-01-01&to=2025-03-31&attribution=MAGIC", "attribution" },
				{ "from=2025-01-01&to=2025-03-31&groupBy=PLANET", "groupBy" }, { "from=2025-13-01&to=2025-03-31", "from" },
				{ "to=2025-03-31", "from" }, { "from=2025-04-01&to=2025-03-31", "from" } }) {
			var refused = http.send(HttpRequest.newBuilder(http.uri("/reports/channel-roi.csv?" + bad[0]))
				.header("Authorization", "Bearer " + MARKETING)
				.build());
			assertThat(refused.status()).as(bad[0]).isEqualTo(400);
			assertThat(refused.json().path("code").asString()).as(bad[0]).isEqualTo("VALIDATION_FAILED");
			assertThat(refused.json().path("field").asString()).as(bad[0]).isEqualTo(bad[1]);
		}
	}

	private static String line(String first, String outlet, JsonNode r) {
		return String.join(",", first, outlet, r.path("quarter").isNull() ? "" : r.path("quarter").asString(),
				r.path("spend").asString(), r.path("leads").asString(), r.path("closedDeals").asString(),
				r.path("revenue").asString(), r.path("roi").isNull() ? "" : String.valueOf(r.path("roi").asDouble()),
				r.path("costPerLead").isNull() ? "" : r.path("costPerLead").asString(),
				r.path("costPerClosedDeal").isNull() ? "" : r.path("costPerClosedDeal").asString(),
				r.path("frozen").asString());
	}

	@Test
	void leadSourcesAreOriginsAndOutletsRootTrees() {
		Response again = ok(AGENT, "mutation($c: ID!, $o: ID!) { recordLeadSource(input: {contactId: $c, outletId: $o}) "
				+ "{ userErrors { code } } }", vars("c", id.get("L1"), "o", id.get("R2")));
		assertThat(again.at("recordLeadSource.userErrors/0/code").asString()).isEqualTo("ALREADY_REFERRED");
		Response notAnOutlet = ok(AGENT, "mutation($c: ID!, $o: ID!) { recordLeadSource(input: {contactId: $c, outletId: $o}) "
				+ "{ userErrors { code field } } }", vars("c", id.get("W"), "o", id.get("L1")));
		assertThat(notAnOutlet.at("recordLeadSource.userErrors/0/field").toString()).isEqualTo("[\"input\",\"outletId\"]");

		JsonNode x3 = ok("query($id: ID!) { contact(id: $id) { originalSource { __typename ... on MediaOutlet { name mediaType { key } } } } }",
				vars("id", id.get("X3"))).at("contact.originalSource");
		assertThat(x3.path("__typename").asString()).isEqualTo("MediaOutlet");
		assertThat(x3.path("name").asString()).isEqualTo("KXYZ FM");
		assertThat(x3.path("mediaType").path("key").asString()).isEqualTo("RADIO");
		JsonNode tree = ok("query($id: ID!) { referralTree(rootId: $id) { totalCount root { ... on MediaOutlet { name } } "
				+ "edges { node { depth contact { firstName } } } } }", vars("id", id.get("R1"))).at("referralTree");
		assertThat(tree.path("totalCount").asInt()).isEqualTo(5);
		assertThat(tree.path("root").path("name").asString()).isEqualTo("KXYZ FM");
		assertThat(tree.path("edges").findValuesAsString("firstName")).containsExactly("L1", "L2", "X1", "X2", "X3");
		JsonNode stats = ok("query($id: ID!) { referralStats(id: $id) { totalDescendants businessValue } }", vars("id", id.get("R1")))
			.at("referralStats");
		assertThat(stats.path("businessValue").asString()).as("D1+D2+D3+D4+D6+D8").isEqualTo("18900.00");

		JsonNode spendList = ok(MARKETING, "{ adSpend(filter: {includeDeleted: true, from: \"2025-10-01\", to: \"2025-12-31\"}) { "
				+ "amount deleted quarter outlet { name } history { amount action changedBy } } }", Map.of()).at("adSpend");
		Map<String, JsonNode> byOutlet = new HashMap<>();
		spendList.forEach(s -> byOutlet.put(s.path("outlet").path("name").asString() + s.path("deleted").asBoolean(), s));
		assertThat(byOutlet.get("WABC AMtrue").path("history").get(0).path("action").asString()).isEqualTo("DELETED");
		JsonNode herald = byOutlet.get("Daily Heraldfalse");
		assertThat(herald.path("amount").asString()).isEqualTo("300.00");
		assertThat(herald.path("quarter").asString()).isEqualTo("2025-Q4");
		assertThat(herald.path("history").get(0).path("amount").asString()).isEqualTo("350.00");
		assertThat(herald.path("history").get(0).path("changedBy").asString()).isEqualTo("token:test marketing");
	}

}
