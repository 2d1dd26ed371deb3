package com.rootline.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Alex's morning of Friday 27 February 2026 in Chicago, worked out by hand with the seeded rules
 * (tree 70, new lead 60 within 7 days, dates 50 within 3 days, plan step 40, overdue task 30,
 * cadence 20 at A 30 / B 90 / C 180 days):
 *
 * <pre>
 *  1 Tina Tree      90  tree (Rob, referred 20 Feb, closed $80,000; Tina last heard from us 1 Dec)
 *                       + cadence A (88 days)
 *  2 Nina New       60  new lead since 25 Feb
 *  3 Leap Lee       50  born 29 Feb 1992: on 1 March in 2026, turns 34; never contacted
 *  4 Sam Spouse     50  child Mia born 28 Feb 2019, turns 7; last contact 15 Dec
 *  5 Olga Overdue   50  task due 20 Feb + cadence A (last contact 20 Dec)
 *  6 Yara Yearless  50  birthday --02-28, no age; last contact 1 Jan
 *  7 Hank Home      50  bought his home 1 March 2023: 3 years; last contact 5 Jan
 *  8 Paul Plan      40  8x8 started today: the welcome call is due
 *  9 Cathy Cadence  20  level C, last contact 1 Aug 2025 (210 days)
 *  not listed: Alan (A, 17 days), Dora (new but do-not-contact), Archie (archived), Tom (birthday
 *  today, but called at 21:00 Chicago time, which is already the 28th in UTC), Rob (not Alex's)
 * </pre>
 */
class DailyCallsFixtureTest extends IntegrationTest {

	private static final String DAY = "2026-02-27";

	private static final String CALLS = """
			query($a: ID!, $d: Date, $first: Int, $after: String) {
			  dailyCalls(agentId: $a, date: $d, first: $first, after: $after) {
			    totalCount pageInfo { hasNextPage endCursor }
			    edges { cursor node { contact { firstName } score treeValue reasons { code weight text } } }
			  }
			}""";

	private String alex;

	@BeforeEach
	void morning() {
		alex = ok(BROKER, """
				mutation { createAgent(input: {kind: TEAM, role: AGENT, name: "Alex Agent", timeZone: "America/Chicago"})
				  { agent { id } userErrors { code } } }""", Map.of()).at("createAgent.agent.id").asString();
		ok(ADMIN, """
				mutation { defineCustomField(input: {key: "adopted", label: "Dog adopted", type: DATE, recurring: true})
				  { userErrors { code } } }""", Map.of());
		List<Map<String, Object>> rows = List.of(
				person("tina", "Tina", "Tree", "2025-01-01T12:00Z", "2025-12-01T15:00Z", "A"),
				person("rob", "Rob", "Referred", "2025-06-01T12:00Z", null, null),
				person("nina", "Nina", "New", "2026-02-25T16:00Z", null, null),
				withDates(person("leap", "Leap", "Lee", "2020-01-01T12:00Z", null, null), Map.of("birthday", "1992-02-29")),
				withDates(person("sam", "Sam", "Spouse", "2020-01-01T12:00Z", "2025-12-15T15:00Z", null),
						Map.of("childNames", List.of("Mia"), "childBirthdays", List.of("2019-02-28"))),
				person("olga", "Olga", "Overdue", "2020-01-01T12:00Z", "2025-12-20T15:00Z", "A"),
				withDates(person("yara", "Yara", "Yearless", "2020-01-01T12:00Z", "2026-01-01T15:00Z", null),
						Map.of("birthday", "--02-28")),
				person("hank", "Hank", "Home", "2020-01-01T12:00Z", "2026-01-05T15:00Z", "B"),
				person("paul", "Paul", "Plan", "2025-06-01T12:00Z", null, null),
				person("cathy", "Cathy", "Cadence", "2020-01-01T12:00Z", "2025-08-01T15:00Z", "C"),
				person("alan", "Alan", "Able", "2020-01-01T12:00Z", "2026-02-10T15:00Z", "A"),
				person("dora", "Dora", "Dnc", "2026-02-26T16:00Z", null, null),
				withDates(person("archie", "Archie", "Ved", "2020-01-01T12:00Z", null, null), Map.of("birthday", "--02-28")),
				withDates(person("tom", "Tom", "Today", "2020-01-01T12:00Z", "2026-02-28T03:00Z", null),
						Map.of("birthday", "--02-27")));
		try (var session = driver.session()) {
			session.run("""
					MATCH (a:Agent {id: $alex})
					UNWIND $rows AS row
					CREATE (c:Contact {id: row.id, firstName: row.firstName, lastName: row.lastName,
					        displayName: row.firstName + ' ' + row.lastName,
					        nameKey: toLower(row.firstName + ' ' + row.lastName) + '\\u0001' + row.id,
					        createdAt: datetime(row.createdAt), version: 0, active: false, statusLevel: row.level,
					        lastContactedAt: CASE WHEN row.lastContactedAt IS NULL THEN null ELSE datetime(row.lastContactedAt) END,
					        birthday: row.birthday, childNames: row.childNames, childBirthdays: row.childBirthdays})
					WITH a, c WHERE c.id <> 'rob'
					CREATE (a)-[:OWNS]->(c)""", Map.of("alex", alex, "rows", rows)).consume();
			session.run("""
					MATCH (rob:Contact {id: 'rob'}), (tina:Contact {id: 'tina'})
					CREATE (rob)-[:REFERRED_BY {id: randomUUID(), referredOn: date('2026-02-20'), validFrom: date('2026-02-20')}]->(tina)
					WITH 1 AS x
					MATCH (d:Contact {id: 'dora'}) SET d.doNotContactAt = datetime()
					WITH 1 AS x
					MATCH (ar:Contact {id: 'archie'}) SET ar.archivedAt = datetime(), ar:Archived
					WITH 1 AS x
					MATCH (c:Contact {id: 'cathy'}) SET c.cf_adopted = date('2021-03-03')""").consume();
		}
		rebuildMaintainedFacts();
		close("rob", "80000.00", "2026-02-26");
		close("hank", "5000.00", "2023-03-01");
		assertThat(ok(AGENT, """
				mutation($a: ID!) { createTask(input: {title: "Send the loan papers", kind: EMAIL, dueOn: "2026-02-20",
				  assigneeId: $a, contactId: "olga"}) { userErrors { code } } }""", args("a", alex))
			.at("createTask.userErrors")).isEmpty();
		assertThat(ok(AGENT, """
				mutation { enrollInTouchPlan(input: {planId: "8x8", contactIds: ["paul"], startOn: "2026-02-27"})
				  { enrollments { id } skipped { reason } userErrors { code } } }""", Map.of())
			.at("enrollInTouchPlan.enrollments")).hasSize(1);
	}

	private static Map<String, Object> person(String id, String first, String last, String created, String contacted,
			String level) {
		Map<String, Object> row = new java.util.HashMap<>();
		row.put("id", id);
		row.put("firstName", first);
		row.put("lastName", last);
		row.put("createdAt", created);
		row.put("lastContactedAt", contacted);
		row.put("level", level);
		return row;
	}

	private static Map<String, Object> withDates(Map<String, Object> row, Map<String, Object> dates) {
		row.putAll(dates);
		return row;
	}

	private void close(String contact, String revenue, String on) {
		String deal = ok(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) { deal { id } } }",
				args("c", List.of(contact))).at("createDeal.deal.id").asString();
		assertThat(ok(AGENT, "mutation($d: ID!, $r: Money!, $on: Date!) { closeDeal(input: {id: $d, revenue: $r, closedOn: $on}) "
				+ "{ userErrors { code message } } }", args("d", deal, "r", revenue, "on", on)).at("closeDeal.userErrors"))
			.isEmpty();
	}

	private List<String> names(JsonNode connection) {
		List<String> names = new ArrayList<>();
		connection.path("edges").forEach(e -> names.add(e.path("node").path("contact").path("firstName").asString()));
		return names;
	}

	@Test
	void theMorningListIsRankedAndExplainedAsWorkedOutByHand() {
		JsonNode calls = ok(AGENT, CALLS, args("a", alex, "d", DAY, "first", 20)).at("dailyCalls");
		assertThat(names(calls)).containsExactly("Tina", "Nina", "Leap", "Sam", "Olga", "Yara", "Hank", "Paul", "Cathy");
		assertThat(calls.path("totalCount").asInt()).isEqualTo(9);
		JsonNode edges = calls.path("edges");
		List<Integer> scores = new ArrayList<>();
		edges.forEach(e -> scores.add(e.path("node").path("score").asInt()));
		assertThat(scores).containsExactly(90, 60, 50, 50, 50, 50, 50, 40, 20);
		JsonNode tina = edges.get(0).path("node");
		assertThat(tina.path("treeValue").asString()).isEqualTo("80000.00");
		assertThat(tina.path("reasons").findValuesAsString("code")).containsExactly("TREE_BROUGHT_BUSINESS", "CADENCE_PASSED");
		assertThat(tina.path("reasons").get(0).path("text").asString())
			.isEqualTo("Their referral tree brought $80,000.00 through 1 person; the newest referral in it (Rob Referred) "
					+ "came on 2026-02-20 and they were last contacted on 2025-12-01");
		assertThat(edges.get(2).path("node").path("reasons").get(0).path("text").asString())
			.isEqualTo("Birthday, turns 34: in 2 days (2026-03-01)");
		assertThat(edges.get(3).path("node").path("reasons").get(0).path("text").asString())
			.isEqualTo("Child's birthday (Mia), turns 7: tomorrow");
		assertThat(edges.get(4).path("node").path("reasons").findValuesAsString("text")).containsExactly(
				"Overdue task: Send the loan papers (due 2026-02-20)",
				"Level A contacts hear from us every 30 days; last contact 69 days ago");
		assertThat(edges.get(5).path("node").path("reasons").get(0).path("text").asString()).isEqualTo("Birthday: tomorrow");
		assertThat(edges.get(6).path("node").path("reasons").get(0).path("text").asString())
			.isEqualTo("Home anniversary, 3 years: in 2 days (2026-03-01)");
		assertThat(edges.get(7).path("node").path("reasons").get(0).path("text").asString())
			.isEqualTo("Touch-plan step due: Welcome call: thank them and learn what they need (today)");
		assertThat(edges.get(8).path("node").path("reasons").get(0).path("text").asString())
			.isEqualTo("Level C contacts hear from us every 180 days; last contact 210 days ago");
	}

	@Test
	void pagesFollowTheSameOrderWithoutRepeatsOrGaps() {
		List<String> paged = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = ok(AGENT, CALLS, args("a", alex, "d", DAY, "first", 4, "after", after)).at("dailyCalls");
			paged.addAll(names(page));
			after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString()
					: null;
		}
		while (after != null);
		assertThat(paged).containsExactly("Tina", "Nina", "Leap", "Sam", "Olga", "Yara", "Hank", "Paul", "Cathy");
	}

	@Test
	void contactingSomeoneTakesThemOffTheListAtOnce() {
		ok(AGENT, """
				mutation { logInteraction(input: {contactId: "nina", kind: CALL, direction: OUTBOUND, summary: "Intro call"})
				  { interaction { id } } }""", Map.of());
		String step = ok(AGENT, "{ tasks(filter: {contactId: \"paul\", dueTo: \"2026-02-27\"}) { edges { node { id } } } }",
				Map.of()).at("tasks.edges").get(0).path("node").path("id").asString();
		JsonNode done = ok(AGENT, """
				mutation($t: ID!) { completeTask(input: {id: $t, log: {direction: OUTBOUND}})
				  { task { status } interaction { kind summary } userErrors { code } } }""", args("t", step)).at("completeTask");
		assertThat(done.path("interaction").path("kind").asString()).isEqualTo("CALL");
		assertThat(done.path("interaction").path("summary").asString()).isEqualTo("Welcome call: thank them and learn what they need");
		assertThat(names(ok(AGENT, CALLS, args("a", alex, "d", DAY, "first", 20)).at("dailyCalls")))
			.containsExactly("Tina", "Leap", "Sam", "Olga", "Yara", "Hank", "Cathy");
	}

	@Test
	void aBrokerTurnsARuleOffAndReweighsAnother() {
		ok(BROKER, "mutation { updateCallRule(input: {code: NEW_LEAD, enabled: false}) { userErrors { code } } }", Map.of());
		ok(BROKER, "mutation { updateCallRule(input: {code: CADENCE_PASSED, weight: 100}) { userErrors { code } } }", Map.of());
		try {
			assertThat(names(ok(AGENT, CALLS, args("a", alex, "d", DAY, "first", 20)).at("dailyCalls")))
				.containsExactly("Tina", "Olga", "Cathy", "Leap", "Sam", "Yara", "Hank", "Paul");
			JsonNode refused = ok(BROKER, "mutation { updateCallRule(input: {code: DATE_THAT_MATTERS, weight: -1, days: 99999}) "
					+ "{ rule { code } userErrors { field code } } }", Map.of()).at("updateCallRule");
			assertThat(refused.path("userErrors").findValuesAsString("code")).containsExactly("OUT_OF_RANGE", "OUT_OF_RANGE");
			assertThat(gql(AGENT, "mutation { updateCallRule(input: {code: NEW_LEAD, enabled: true}) { rule { code } } }")
				.errorCode()).isEqualTo("FORBIDDEN");
		}
		finally {
			ok(BROKER, "mutation { updateCallRule(input: {code: NEW_LEAD, enabled: true}) { userErrors { code } } }", Map.of());
			ok(BROKER, "mutation { updateCallRule(input: {code: CADENCE_PASSED, weight: 20}) { userErrors { code } } }", Map.of());
		}
	}

	@Test
	void upcomingDatesListTheOwnersDaysInOrder() {
		JsonNode dates = ok(AGENT, """
				query($a: ID!) { upcomingDates(ownerId: $a, from: "2026-02-27", to: "2026-03-06") { totalCount
				  edges { node { on kind label person years original contact { firstName } } } } }""", args("a", alex))
			.at("upcomingDates");
		List<String> rows = new ArrayList<>();
		dates.path("edges").forEach(e -> {
			JsonNode n = e.path("node");
			rows.add(n.path("on").asString() + " " + n.path("kind").asString() + " " + n.path("contact").path("firstName").asString()
					+ " " + n.path("label").asString() + (n.path("person").isNull() ? "" : " " + n.path("person").asString())
					+ (n.path("years").isNull() ? "" : " " + n.path("years").asInt()) + " " + n.path("original").asString());
		});
		assertThat(rows).containsExactly("2026-02-27 BIRTHDAY Tom Birthday --02-27",
				"2026-02-28 BIRTHDAY Yara Birthday --02-28",
				"2026-02-28 CHILD_BIRTHDAY Sam Child's birthday Mia 7 2019-02-28",
				"2026-03-01 BIRTHDAY Leap Birthday 34 1992-02-29",
				"2026-03-01 HOME_ANNIVERSARY Hank Home anniversary 3 2023-03-01",
				"2026-03-03 CUSTOM Cathy Dog adopted 5 2021-03-03");
		assertThat(ok(AGENT, """
				query($a: ID!) { upcomingDates(ownerId: $a, from: "2028-02-27", to: "2028-03-01", kinds: [BIRTHDAY]) {
				  edges { node { on years contact { firstName } } } } }""", args("a", alex)).at("upcomingDates.edges")
			.findValuesAsString("on")).containsExactly("2028-02-27", "2028-02-28", "2028-02-29");
		assertThat(gql(AGENT, "{ upcomingDates(from: \"2026-01-01\", to: \"2027-06-01\") { totalCount } }").errorCode())
			.isEqualTo("LIMIT_EXCEEDED");
		assertThat(gql(VIEWER, "{ upcomingDates { totalCount } }").errorCode()).isEqualTo("FORBIDDEN");
	}

}
