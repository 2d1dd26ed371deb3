package com.rootline.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The domain's classic case, 500 clients and a $5,000 budget, on a forest whose answer is worked out
 * by hand with the seeded tiers (Premium basket $150 for the top 5%, Flowers or chocolate $40 for
 * the top 20%, Card $5 from a score of 0.25, E-mail $0) and the default weights 1, 0.5, 0.25:
 *
 * <pre>
 * a00 … a24   25 stars, each with 4 children, each child with 2 grandchildren:
 *             score 4×1 + 8×0.5 = 8; a05 also gets a $10,000 deal of two of its children,
 *             counted once at level 1: 10 revenue points, score 18, rank 1
 * children    100, score 2 (two grandchildren each)
 * grandkids   200, and z000 … z174: 175 roots with nobody below: score 0
 * </pre>
 *
 * Allocation: 25 × $150 = $3,750 leaves $1,250 for upgrades from the $0 floor: the top 20% (100
 * ranks) qualify for flowers, so ranks 26–56 get them (31 × $40 = $1,240), ranks 57–58 fall back
 * to a card ($10), and the budget is spent to the cent. Ranks 57–125 qualified for more than they
 * got (69 recipients, warning BUDGET_EXHAUSTED). Tiers: 25 / 31 / 2 / 442.
 * <p>
 * Around that, through the API: partner P1 referred a00 and partner P2 referred z000 (both
 * RESPA_PARTNER); one archived, one erased and one dormant contact are excluded; a spouse at a02's
 * address (written differently) and a couple naming each other at different addresses each make one
 * household, so 502 contacts are 500 recipients.
 */
class GiftPlanFixtureTest extends IntegrationTest {

	private static final String PLAN_FIELDS = """
			recipientCount totalAllocated unallocated shortfall
			tierSummary { tier { name } recipients amount }
			warnings { code message }
			excluded(first: 10) { totalCount edges { node { reason who { __typename ... on Contact { id } ... on Agent { id } } } } }
			rows(first: 100) { totalCount pageInfo { hasNextPage endCursor }
			  edges { node { rank score recipient { id } household { id } tier { name } amount
			    scoreParts { referralPoints revenuePoints levels { depth weight referrals revenue } } } } }
			""";

	private final Map<String, String> id = new HashMap<>();

	@BeforeEach
	void forest() {
		List<Map<String, Object>> rows = new ArrayList<>();
		int second = 0;
		for (int a = 0; a < 25; a++) {
			rows.add(row(name("a", a), null, second++));
		}
		for (int a = 0; a < 25; a++) {
			for (int c = 0; c < 4; c++) {
				rows.add(row(name("a", a) + "-c" + c, name("a", a), second++));
			}
		}
		for (int a = 0; a < 25; a++) {
			for (int c = 0; c < 4; c++) {
				for (int g = 0; g < 2; g++) {
					rows.add(row(name("a", a) + "-c" + c + "-g" + g, name("a", a) + "-c" + c, second++));
				}
			}
		}
		for (int z = 0; z < 175; z++) {
			rows.add(row(String.format("z%03d", z), null, second++));
		}
		rows.get(325 + 1).put("spouseName", "Sam Doe");
		rows.get(325 + 1).put("lastName", "Doe");
		rows.get(325 + 1).put("firstName", "Pat");
		rows.get(325 + 7).put("firstName", "=HYPERLINK(\"http://x\")");
		try (var session = driver.session()) {
			session.run("""
					UNWIND $rows AS row
					CREATE (c:Contact {id: row.id, firstName: row.firstName, lastName: row.lastName,
					        displayName: row.firstName + ' ' + row.lastName, spouseName: row.spouseName,
					        createdAt: datetime() - duration({hours: 1}) + duration({seconds: row.second}),
					        version: 0, active: false})
					WITH c, row WHERE row.parent IS NOT NULL
					MATCH (p:Contact {id: row.parent})
					CREATE (c)-[:REFERRED_BY {id: randomUUID(), referredOn: date('2026-01-15'),
					        validFrom: date('2026-01-15')}]->(p)""", Map.of("rows", rows)).consume();
		}
		rows.forEach(r -> id.put((String) r.get("id"), (String) r.get("id")));

		id.put("P1", partner("Pat Partner"));
		id.put("P2", partner("Lee Lender"));
		refer("a00", "P1");
		refer("z000", "P2");
		String deal = ok(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) { deal { id } } }",
				Map.of("c", List.of("a05-c0", "a05-c1"))).at("createDeal.deal.id").asString();
		assertThat(ok(AGENT, "mutation($d: ID!) { closeDeal(input: {id: $d, revenue: \"10000.00\", closedOn: \"2026-03-01\"}) "
				+ "{ userErrors { code } } }", Map.of("d", deal)).at("closeDeal.userErrors")).isEmpty();

		assertThat(ok(AGENT, """
				mutation { updateContact(input: {id: "a02", expectedVersion: 0,
				  addresses: [{type: WORK, lines: ["1 Office Park"], city: "Springfield", postalCode: "62701", country: "US"},
				              {type: HOME, lines: ["12 Oak Street"], city: "Springfield", postalCode: "62704", country: "US"},
				              {type: MAILING, lines: ["PO Box 9"], city: "Springfield", postalCode: "62705", country: "US"}]})
				  { userErrors { field code } } }""", Map.of()).at("updateContact.userErrors")).isEmpty();
		id.put("spouse", create("""
				{firstName: "Sam", lastName: "Spouse",
				 addresses: [{type: HOME, lines: ["12 oak st."], city: "SPRINGFIELD", postalCode: "62704", country: "us"}]}"""));
		id.put("samDoe", create("{firstName: \"Sam\", lastName: \"Doe\", spouse: {name: \"Pat Doe\"}, anniversary: \"2001-12-10\"}"));
		id.put("archived", create("{firstName: \"Archie\", lastName: \"Ved\"}"));
		ok(AGENT, "mutation($id: ID!) { archiveContact(input: {id: $id}) { userErrors { code } } }", Map.of("id", id.get("archived")));
		id.put("erased", create("{firstName: \"Eve\", lastName: \"Rased\"}"));
		ok(ADMIN, "mutation($id: ID!) { eraseContact(input: {id: $id}) { userErrors { code } } }", Map.of("id", id.get("erased")));
		try (var session = driver.session()) {
			session.run("""
					CREATE (:Contact {id: 'dormant', firstName: 'Dora', lastName: 'Mant', displayName: 'Dora Mant',
					        createdAt: datetime() - duration({years: 3}), version: 0, active: false})""").consume();
			session.run("MATCH (c:Contact {id: 'a05'}) SET c.birthday = '--12-01'").consume();
		}
		rebuildMaintainedFacts();
	}

	private static String name(String prefix, int i) {
		return String.format("%s%02d", prefix, i);
	}

	private static Map<String, Object> row(String id, String parent, int second) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("parent", parent);
		row.put("second", second);
		row.put("firstName", id);
		row.put("lastName", "Client");
		return row;
	}

	private String partner(String name) {
		return ok(BROKER, "mutation($n: String!) { createAgent(input: {kind: PARTNER, role: OUTSIDE_AGENT, name: $n}) { agent { id } } }",
				Map.of("n", name)).at("createAgent.agent.id").asString();
	}

	private void refer(String child, String referrer) {
		Response r = ok(AGENT, "mutation($c: ID!, $r: ID!) { recordReferral(input: {contactId: $c, referrerId: $r, referredOn: \"2026-01-10\"}) "
				+ "{ userErrors { code } } }", Map.of("c", id.get(child), "r", id.get(referrer)));
		assertThat(r.at("recordReferral.userErrors")).as(r.body()).isEmpty();
	}

	private String create(String input) {
		Response r = ok(AGENT, "mutation { createContact(input: " + input + ") { contact { id } userErrors { field code } } }", Map.of());
		assertThat(r.at("createContact.userErrors")).as(r.body()).isEmpty();
		return r.at("createContact.contact.id").asString();
	}

	private JsonNode plan(String input) {
		return ok(BROKER, "{ giftPlan(input: " + input + ") { " + PLAN_FIELDS + " } }", Map.of()).at("giftPlan");
	}

	private static List<JsonNode> rows(JsonNode plan) {
		List<JsonNode> rows = new ArrayList<>();
		plan.path("rows").path("edges").forEach(e -> rows.add(e.path("node")));
		return rows;
	}

	@Test
	void fiveHundredClientsShareFiveThousandDollarsByReferralWeight() {
		JsonNode plan = plan("{budget: \"5000\"}");

		assertThat(plan.path("recipientCount").asInt()).isEqualTo(500);
		assertThat(plan.path("totalAllocated").asString()).isEqualTo("5000.00");
		assertThat(plan.path("unallocated").asString()).isEqualTo("0.00");
		assertThat(plan.path("shortfall").isNull()).isTrue();
		List<String> summary = new ArrayList<>();
		plan.path("tierSummary").forEach(t -> summary.add(t.at("/tier/name").asString() + " "
				+ t.path("recipients").asInt() + " " + t.path("amount").asString()));
		assertThat(summary).containsExactly("Premium basket 25 3750.00", "Flowers or chocolate 31 1240.00",
				"Card 2 10.00", "E-mail 442 0.00");
		assertThat(plan.path("warnings")).hasSize(1);
		assertThat(plan.at("/warnings/0/code").asString()).isEqualTo("BUDGET_EXHAUSTED");
		assertThat(plan.at("/warnings/0/message").asString()).startsWith("69 recipients");

		List<JsonNode> rows = rows(plan);
		JsonNode first = rows.getFirst();
		assertThat(first.at("/recipient/id").asString()).isEqualTo("a05");
		assertThat(first.path("score").asDouble()).isEqualTo(18.0);
		assertThat(first.at("/scoreParts/referralPoints").asDouble()).isEqualTo(8.0);
		assertThat(first.at("/scoreParts/revenuePoints").asDouble()).isEqualTo(10.0);
		assertThat(first.at("/scoreParts/levels").toString()).isEqualTo(
				"[{\"depth\":1,\"weight\":1.0,\"referrals\":4,\"revenue\":\"10000.00\"},"
						+ "{\"depth\":2,\"weight\":0.5,\"referrals\":8,\"revenue\":\"0.00\"}]");
		Set<String> premium = new HashSet<>();
		rows.stream().filter(r -> r.at("/tier/name").asString().equals("Premium basket"))
			.forEach(r -> premium.add(r.at("/recipient/id").asString()));
		Set<String> stars = new HashSet<>();
		for (int a = 0; a < 25; a++) {
			stars.add(name("a", a));
		}
		assertThat(premium).isEqualTo(stars);
		// Equal scores go to the longer relationship: a00 … a24 in creation order after a05.
		assertThat(rows.get(1).at("/recipient/id").asString()).isEqualTo("a00");
		assertThat(rows.get(24).at("/recipient/id").asString()).isEqualTo("a24");
		// The flowers end with the 31st child by creation (a07-c2); a07-c3 and a08-c0 get cards.
		assertThat(rows.get(25).at("/recipient/id").asString()).isEqualTo("a00-c0");
		assertThat(rows.get(55).at("/recipient/id").asString()).isEqualTo("a07-c2");
		assertThat(rows.get(55).at("/tier/name").asString()).isEqualTo("Flowers or chocolate");
		assertThat(rows.get(56).at("/recipient/id").asString()).isEqualTo("a07-c3");
		assertThat(rows.get(56).at("/tier/name").asString()).isEqualTo("Card");
		assertThat(rows.get(57).at("/tier/name").asString()).isEqualTo("Card");
		assertThat(rows.get(58).at("/tier/name").asString()).isEqualTo("E-mail");
		assertThat(rows.get(58).path("score").asDouble()).isEqualTo(2.0);

		JsonNode a02 = rows.stream().filter(r -> r.at("/recipient/id").asString().equals("a02")).findFirst().orElseThrow();
		assertThat(a02.path("household").findValuesAsString("id")).containsExactly("a02", id.get("spouse"));

		List<String> excluded = new ArrayList<>();
		plan.at("/excluded/edges").forEach(e -> excluded.add(e.at("/node/reason").asString() + " "
				+ e.at("/node/who/__typename").asString() + " " + e.at("/node/who/id").asString()));
		assertThat(plan.at("/excluded/totalCount").asInt()).isEqualTo(5);
		List<String> partners = List.of(id.get("P1"), id.get("P2")).stream().sorted().toList();
		assertThat(excluded).containsExactly("ARCHIVED Contact " + id.get("archived"),
				"ERASED Contact " + id.get("erased"), "INACTIVE Contact dormant",
				"RESPA_PARTNER Agent " + partners.get(0), "RESPA_PARTNER Agent " + partners.get(1));
	}

	@Test
	void pagesThroughEveryRecipientInRankOrderAndCouplesAreOneHousehold() {
		Set<String> seen = new HashSet<>();
		String after = null;
		int lastRank = 0;
		List<String> samDoeHousehold = List.of();
		do {
			Response r = ok(BROKER, """
					query($after: String) { giftPlan(input: {budget: "5000"}) {
					  rows(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
					    edges { node { rank recipient { id } household { id } } } } } }""",
					after == null ? Map.of() : Map.of("after", after));
			for (JsonNode e : r.at("giftPlan.rows.edges")) {
				assertThat(e.at("/node/rank").asInt()).isEqualTo(++lastRank);
				assertThat(seen.add(e.at("/node/recipient/id").asString())).isTrue();
				if (e.at("/node/recipient/id").asString().equals("z001")) {
					samDoeHousehold = e.at("/node/household").findValuesAsString("id");
				}
			}
			after = r.at("giftPlan.rows.pageInfo.hasNextPage").asBoolean()
					? r.at("giftPlan.rows.pageInfo.endCursor").asString() : null;
		}
		while (after != null);
		assertThat(seen).hasSize(500).doesNotContain(id.get("spouse"), id.get("samDoe"), "dormant");
		assertThat(samDoeHousehold).containsExactly("z001", id.get("samDoe"));

		JsonNode individual = plan("{budget: \"5000\", householdMode: INDIVIDUAL, includeInactive: true}");
		assertThat(individual.path("recipientCount").asInt()).isEqualTo(503);
		assertThat(individual.path("totalAllocated").asString()).isEqualTo("5000.00");
	}

	@Test
	void aBudgetBelowTheFloorStillGivesAPlanWithTheShortfall() {
		JsonNode plan = plan("""
				{budget: "100.00", tiers: [{name: "Card", unitCost: "5"}, {name: "Basket", unitCost: "50", topShare: 0.1}]}""");
		assertThat(plan.path("totalAllocated").asString()).isEqualTo("100.00");
		assertThat(plan.path("shortfall").asString()).isEqualTo("2400.00");
		assertThat(plan.at("/warnings/0/code").asString()).isEqualTo("BUDGET_TOO_SMALL");
		List<JsonNode> rows = rows(plan);
		assertThat(rows.get(19).at("/tier/name").asString()).isEqualTo("Card");
		assertThat(rows.get(20).path("tier").isNull()).isTrue();
		assertThat(rows.get(20).path("amount").asString()).isEqualTo("0.00");
	}

	@Test
	void badInputIsRefusedWithEveryFieldNamed() {
		Response r = gql(BROKER, """
				{ giftPlan(input: {budget: "-1", levelWeights: [1, -2],
				  tiers: [{name: "Card", unitCost: "5"}, {name: "card", unitCost: "1.001", minScore: 1, topShare: 0.5}]}) { recipientCount } }""");
		assertThat(r.errorCode()).isEqualTo("VALIDATION_FAILED");
		List<String> problems = new ArrayList<>();
		r.errors().get(0).at("/extensions/userErrors").forEach(e -> problems.add(
				String.join(".", e.path("field").valueStream().map(JsonNode::asString).toList()) + " " + e.path("code").asString()));
		assertThat(problems).containsExactlyInAnyOrder("input.budget INVALID_AMOUNT", "input.levelWeights.1 INVALID",
				"input.tiers.1.name DUPLICATE_TIER", "input.tiers.1.unitCost INVALID_AMOUNT", "input.tiers.1.topShare INVALID");
		assertThat(gql(AGENT, "{ giftPlan(input: {budget: \"10\"}) { recipientCount } }").errorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void scoresFollowTheTreeAsItStoodOnTheDate() {
		referThree("z011", "2026-06-01", "z010", "z012", "z013");
		assertThat(scoreOf(plan("{budget: \"5000\", asOf: \"2026-05-31\"}"), "z011")).isEqualTo(0.0);
		assertThat(scoreOf(plan("{budget: \"5000\", asOf: \"2026-06-01\"}"), "z011")).isEqualTo(3.0);
	}

	private double scoreOf(JsonNode plan, String contactId) {
		return rowsOf(plan).getOrDefault(contactId, 0.0);
	}

	/** Three referrals lift a root above the children (score 2) into the first page of rows. */
	private void referThree(String referrer, String on, String... children) {
		for (String child : children) {
			Response r = ok(AGENT, "mutation($c: ID!, $r: ID!, $on: Date) { recordReferral(input: {contactId: $c, referrerId: $r, referredOn: $on}) "
					+ "{ userErrors { code } } }", on == null ? Map.of("c", child, "r", referrer) : Map.of("c", child, "r", referrer, "on", on));
			assertThat(r.at("recordReferral.userErrors")).as(r.body()).isEmpty();
		}
	}

	private Map<String, Double> rowsOf(JsonNode plan) {
		Map<String, Double> scores = new HashMap<>();
		rows(plan).forEach(r -> scores.put(r.at("/recipient/id").asString(), r.path("score").asDouble()));
		return scores;
	}

	@Test
	void definedTiersAreTheNewestSetWithTheirOptionalCriteria() {
		Response defined = ok(BROKER, """
				mutation { defineGiftTiers(input: {tiers: [
				  {name: "Gold", giftDescription: "Wine case", unitCost: "150", topShare: 0.05},
				  {name: "Card", unitCost: "5"}]}) { tiers { name giftDescription unitCost minScore topShare } } }""",
				Map.of());
		JsonNode tiers = ok(BROKER, "{ giftTiers { name giftDescription unitCost minScore topShare } }", Map.of())
			.at("giftTiers");
		assertThat(tiers.toString()).isEqualTo(defined.at("defineGiftTiers.tiers").toString());
		assertThat(tiers.findValuesAsString("name")).containsExactly("Gold", "Card");
		assertThat(tiers.get(0).path("topShare").asDouble()).isEqualTo(0.05);
		assertThat(tiers.get(0).path("minScore").isNull()).isTrue();
		assertThat(tiers.get(1).path("giftDescription").asString()).isEqualTo("Card");
		assertThat(tiers.get(1).path("unitCost").asString()).isEqualTo("5.00");
	}

	@Test
	void aSavedPlanIsASnapshotWithUpcomingOccasionsAndAVendorCsv() {
		Response saved = ok(BROKER, """
				mutation { saveGiftPlan(input: {name: "Holidays 2026", plan: {budget: "5000"}}) {
				  plan { id name savedBy recipientCount totalAllocated } userErrors { field code } } }""", Map.of());
		String planId = saved.at("saveGiftPlan.plan.id").asString();
		assertThat(saved.at("saveGiftPlan.plan.recipientCount").asInt()).isEqualTo(500);

		// A new referral after saving changes live plans, not the snapshot.
		referThree("z021", null, "z020", "z022", "z023");
		assertThat(rowsOf(plan("{budget: \"5000\"}"))).containsEntry("z021", 3.0);
		JsonNode snapshot = ok(BROKER, "query($id: ID!) { savedGiftPlan(id: $id) { name " + PLAN_FIELDS + " } }",
				Map.of("id", planId)).at("savedGiftPlan");
		assertThat(snapshot.path("name").asString()).isEqualTo("Holidays 2026");
		assertThat(snapshot.path("totalAllocated").asString()).isEqualTo("5000.00");
		assertThat(rowsOf(snapshot)).containsEntry("a05", 18.0).doesNotContainKey("z021");
		assertThat(snapshot.at("/excluded/totalCount").asInt()).isEqualTo(5);

		JsonNode upcoming = ok(BROKER, """
				query($id: ID!) { upcomingGifts(planId: $id, from: "2030-11-25", to: "2030-12-31") {
				  rank recipient { id } celebrant { id } occasion on tier { name } amount } }""", Map.of("id", planId))
			.at("upcomingGifts");
		assertThat(upcoming).hasSize(2);
		assertThat(upcoming.get(0).toString()).contains("\"recipient\":{\"id\":\"a05\"}", "\"occasion\":\"BIRTHDAY\"",
				"\"on\":\"2030-12-01\"", "Premium basket", "\"amount\":\"150.00\"");
		assertThat(upcoming.get(1).toString()).contains("\"recipient\":{\"id\":\"z001\"}",
				"\"celebrant\":{\"id\":\"" + id.get("samDoe") + "\"}", "\"occasion\":\"ANNIVERSARY\"", "\"on\":\"2030-12-10\"");

		var csv = http.send(HttpRequest.newBuilder(http.uri("/reports/gift-plans/" + planId + ".csv"))
			.header("Authorization", "Bearer " + BROKER).build());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		List<String> lines = List.of(csv.body().split("\r\n"));
		assertThat(lines).hasSize(501);
		assertThat(lines.getFirst()).startsWith("Rank,Recipient,Household,Tier,Gift,Amount,E-mail,Address line 1");
		assertThat(lines.get(1)).startsWith("1,a05 Client,a05 Client,Premium basket,Premium gift basket,150.00");
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("4,a02 Client,a02 Client; Sam Spouse,Premium basket")
			.as("the MAILING address, though HOME and WORK come first").endsWith("PO Box 9,,Springfield,,62705,US"));
		assertThat(lines).anySatisfy(l -> assertThat(l).contains(",\"'=HYPERLINK(\"\"http://x\"\") Client\","));
		assertThat(http.send(HttpRequest.newBuilder(http.uri("/reports/gift-plans/nope.csv"))
			.header("Authorization", "Bearer " + BROKER).build()).status()).isEqualTo(404);
		assertThat(http.send(HttpRequest.newBuilder(http.uri("/reports/gift-plans/" + planId + ".csv"))
			.header("Authorization", "Bearer " + AGENT).build()).status()).isEqualTo(403);
	}

}
