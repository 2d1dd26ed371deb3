package com.rootline.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.rootline.support.IntegrationTest;
import com.rootline.support.OriginWrites;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Today's plan is ranked from maintained facts; a saved plan always reads every contact and deal.
 * After a seeded-random history of writes through the API (referrals, changes, partners, deals of
 * one or two parties, shared and changed home addresses, couples naming each other, archiving,
 * erasure, merges, interactions old and new), both must give the same plan for every kind of
 * setting, gift by gift and exclusion by exclusion. Indexes are read two candidates at a time at
 * first (application-test.yml), so that ranking stops part-way through them.
 */
class TodayGiftPlanTest extends IntegrationTest {

	private static final String SUMMARY = """
			recipientCount totalAllocated unallocated shortfall
			tierSummary { tier { name } recipients amount }
			warnings { code message }""";

	private static final String ROWS = """
			rows(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
			  edges { node { rank score recipient { id } household { id } tier { name } amount
			    scoreParts { referralPoints revenuePoints levels { depth weight referrals revenue } } } } }""";

	private static final String EXCLUDED = """
			excluded(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
			  edges { node { reason who { __typename ... on Contact { id } ... on Agent { id } } } } }""";

	private static final String[] STREETS = { "1 Oak Street", "2 Elm Road", "3 Pine Avenue", "4 Birch Lane" };

	@Autowired
	private MeterRegistry meters;

	private final Random random = new Random(20_261_123L);

	@Test
	void todaysPlanFromMaintainedFactsIsThePlanFromEveryContact() {
		List<String> contacts = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			contacts.add(createContact(i));
		}
		// Some contacts have been on the books for years: created long ago, as older data would be.
		try (var session = driver.session()) {
			session.run("""
					UNWIND range(0, size($ids) - 1) AS i
					MATCH (c:Contact {id: $ids[i]})
					SET c.createdAt = datetime('2021-03-01T09:00:00Z') + duration({hours: i}),
					    c.lastTouchOn = date('2021-03-01')""",
					Map.of("ids", List.copyOf(contacts.subList(0, 24)))).consume();
		}
		// Counted as the migration counts older data.
		rerunMigration("V015__touch_days.cypher");
		String partner = ok(BROKER, """
				mutation { createAgent(input: {kind: PARTNER, role: OUTSIDE_AGENT, name: "Pat Partner"}) { agent { id } } }""",
				Map.of()).at("createAgent.agent.id").asString();
		OriginWrites writes = new OriginWrites(http);
		int merges = 0;
		int deletes = 0;
		for (int step = 0; step < 150; step++) {
			String one = contacts.get(random.nextInt(contacts.size()));
			String other = contacts.get(random.nextInt(contacts.size()));
			int op = random.nextInt(40);
			if (op < 16) {
				writes.recordReferral(one, op == 0 ? partner : other, LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300)));
			}
			else if (op < 19) {
				writes.changeReferrer(one, other);
			}
			else if (op < 20) {
				writes.removeReferral(one);
			}
			else if (op < 27) {
				closeDeal(op % 2 == 0 ? List.of(one) : List.of(one, other), random.nextInt(3) == 0 ? 0 : random.nextInt(2_000_000));
			}
			else if (op < 31) {
				moveHome(one);
			}
			else if (op < 34) {
				ok(AGENT, "mutation($c: ID!, $at: DateTime!) { logInteraction(input: {contactId: $c, kind: CALL, "
						+ "occurredAt: $at, summary: \"Called\"}) { userErrors { code } } }",
						Map.of("c", one, "at", random.nextBoolean() ? "2022-06-01T10:00:00Z" : "2026-10-01T10:00:00Z"));
			}
			else if (op < 36) {
				ok(AGENT, "mutation($c: ID!) { archiveContact(input: {id: $c}) { userErrors { code } } }", Map.of("c", one));
			}
			else if (op < 37) {
				ok(ADMIN, "mutation($c: ID!) { eraseContact(input: {id: $c}) { userErrors { code } } }", Map.of("c", one));
			}
			else if (op < 38) {
				JsonNode deleted = ok(ADMIN, "mutation($c: ID!) { deleteContact(input: {id: $c}) { deletedId } }",
						Map.of("c", one)).at("deleteContact.deletedId");
				if (!deleted.isNull()) {
					contacts.remove(one);
					deletes++;
				}
			}
			else if (contacts.size() > 40 && writes.mergeContacts(other, one)) {
				contacts.remove(one);
				merges++;
			}
		}
		assertThat(merges).as("the random steps merged contacts").isPositive();
		assertThat(deletes).as("the random steps deleted contacts").isPositive();
		assertTouchCountsTrue();
		assertThat(count("MATCH (k:HouseholdKey {shared: true}) RETURN count(k)")).as("households formed").isPositive();

		double fromIndexes = fromIndexes();
		for (String input : List.of("{budget: \"300\"}", "{budget: \"100000\", includeInactive: true}",
				"""
						{budget: "120", householdMode: INDIVIDUAL, levelWeights: [0.5, 1, 0, 2], revenueWeight: 0.01,
						 tiers: [{name: "Gold", unitCost: "25", minScore: 6}, {name: "Silver", unitCost: "6", topShare: 0.3},
						         {name: "Note", unitCost: "1"}]}""",
				"{budget: \"7\", tiers: [{name: \"Mug\", unitCost: \"12\", minScore: 2}, {name: \"Note\", unitCost: \"0.50\"}]}",
				"{budget: \"45\", inactiveAfterMonths: 60, levelWeights: [2, 1]}")) {
			double before = fromFacts();
			Plan today = read("giftPlan(input: " + input + ")");
			assertThat(fromFacts() - before).as("computed from the maintained facts: %s", input).isPositive();
			String saved = ok(BROKER, "mutation { saveGiftPlan(input: {name: \"Check\", plan: " + input + "}) { plan { id } } }",
					Map.of()).at("saveGiftPlan.plan.id").asString();
			Plan everyContact = read("savedGiftPlan(id: \"" + saved + "\")");
			assertThat(today.rows()).as("rows of %s", input).isNotEmpty();
			assertThat(today).as(input).isEqualTo(everyContact);
		}
		assertThat(fromIndexes()).as("counted from the per-day touch counts").isEqualTo(fromIndexes);

		double before = fromFacts();
		Plan noFirstLevel = read("giftPlan(input: {budget: \"500\", levelWeights: [0, 1]})");
		assertThat(fromFacts()).as("a plan that weighs nothing at the first level reads every contact").isEqualTo(before);
		assertThat(noFirstLevel.rows()).isNotEmpty();
	}

	@Test
	void aHouseholdWhoseMembersReferredOnlyEachOtherScoresNothing() {
		String ann = couple("Ann", "Lee", "Bo Lee");
		String bo = couple("Bo", "Lee", "Ann Lee");
		String cy = couple("Cy", "Park", "Di Park");
		String di = couple("Di", "Park", "Cy Park");
		String eve = couple("Eve", "Moss", null);
		OriginWrites writes = new OriginWrites(http);
		LocalDate on = LocalDate.of(2025, 5, 1);
		writes.recordReferral(bo, ann, on);
		writes.recordReferral(di, cy, on);
		writes.recordReferral(eve, di, on);

		double before = fromFacts();
		Plan today = read("giftPlan(input: {budget: \"500\"})");
		assertThat(fromFacts() - before).as("computed from the maintained facts").isPositive();
		String saved = ok(BROKER, "mutation { saveGiftPlan(input: {name: \"Couples\", plan: {budget: \"500\"}}) { plan { id } } }",
				Map.of()).at("saveGiftPlan.plan.id").asString();
		assertThat(today).isEqualTo(read("savedGiftPlan(id: \"" + saved + "\")"));
		// The Parks' household scores for Eve; the Lees', who only referred each other, gets the floor.
		assertThat(today.rows()).hasSize(3);
		assertThat(today.rows().getFirst()).contains(cy).contains("\"score\":1.0");
		assertThat(today.rows().get(1)).contains(ann).contains("\"score\":0.0");
	}

	/**
	 * A contact written straight into the graph is in no day's touch count: the plan sees that the
	 * days do not count every contact and counts from the indexes, and is still the full plan.
	 */
	@Test
	void contactsWrittenPastTheServiceAreCountedFromTheIndexes() {
		List<String> contacts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			contacts.add(createContact(i));
		}
		OriginWrites writes = new OriginWrites(http);
		writes.recordReferral(contacts.get(1), contacts.get(0), LocalDate.of(2025, 5, 1));
		writes.recordReferral(contacts.get(2), contacts.get(1), LocalDate.of(2025, 6, 1));
		writes.recordReferral(contacts.get(3), contacts.get(0), LocalDate.of(2025, 7, 1));
		assertTouchCountsTrue();
		try (var session = driver.session()) {
			session.run("""
					CREATE (:Contact {id: 'written-past', firstName: 'Old', lastName: 'Timer', displayName: 'Old Timer',
					                  nameKey: 'timer old', createdKey: '0', contactedKey: '0', version: 1, active: true,
					                  createdAt: datetime('2019-01-01T00:00:00Z'), lastTouchOn: date('2019-01-01')})""")
				.consume();
		}
		double fromIndexes = fromIndexes();
		double before = fromFacts();
		Plan today = read("giftPlan(input: {budget: \"300\"})");
		assertThat(fromFacts() - before).as("still ranked from the maintained facts").isPositive();
		assertThat(fromIndexes() - fromIndexes)
			.as("counted from the indexes").isPositive();
		String saved = ok(BROKER, "mutation { saveGiftPlan(input: {name: \"Past\", plan: {budget: \"300\"}}) { plan { id } } }",
				Map.of()).at("saveGiftPlan.plan.id").asString();
		assertThat(today).isEqualTo(read("savedGiftPlan(id: \"" + saved + "\")"));
		assertThat(today.excluded()).as("the contact written past the service is dormant")
			.anyMatch(e -> e.contains("written-past") && e.contains("INACTIVE"));
	}

	private String couple(String first, String last, String spouse) {
		Map<String, Object> input = new HashMap<>();
		input.put("firstName", first);
		input.put("lastName", last);
		if (spouse != null) {
			input.put("spouse", Map.of("name", spouse));
		}
		return ok(AGENT, "mutation($in: CreateContactInput!) { createContact(input: $in) { contact { id } } }",
				Map.of("in", input)).at("createContact.contact.id").asString();
	}

	private record Plan(String summary, List<String> rows, List<String> excluded) {
	}

	/** The whole plan, paged through in pages too small for any one read to hold it all. */
	private Plan read(String field) {
		String summary = ok(BROKER, "{ plan: " + field + " { " + SUMMARY + " } }", Map.of()).at("plan").toString();
		return new Plan(summary, pages(field, ROWS, "rows", 3), pages(field, EXCLUDED, "excluded", 4));
	}

	private List<String> pages(String field, String connection, String name, int size) {
		List<String> nodes = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("first", size);
			variables.put("after", after);
			JsonNode page = ok(BROKER, "query($first: Int, $after: String) { plan: " + field + " { " + connection + " } }",
					variables).at("plan." + name);
			page.path("edges").forEach(e -> nodes.add(e.path("node").toString()));
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
			assertThat(page.path("totalCount").asInt()).isGreaterThanOrEqualTo(nodes.size());
		}
		while (after != null);
		return nodes;
	}

	private double fromIndexes() {
		return meters.counter("rootline.gift.counts.from-indexes").count();
	}

	private double fromFacts() {
		return meters.counter("rootline.gift.plans", "from", "maintained-facts").count();
	}

	/** Contacts in pairs that name each other as spouses, some sharing one of a few homes. */
	private String createContact(int i) {
		String first = "F" + i;
		String last = i % 2 == 0 ? "Lee" : "Park";
		Map<String, Object> input = new HashMap<>();
		input.put("firstName", first);
		input.put("lastName", last);
		if (i % 5 < 2) {
			// i and i + 1 when i % 5 == 0 name each other, written differently.
			input.put("spouse", Map.of("name", i % 5 == 0 ? "f" + (i + 1) + " PARK" : "F" + (i - 1) + ",  lee"));
		}
		if (random.nextInt(3) == 0) {
			input.put("addresses", List.of(home()));
		}
		return ok(AGENT, "mutation($in: CreateContactInput!) { createContact(input: $in) { contact { id } } }",
				Map.of("in", input)).at("createContact.contact.id").asString();
	}

	private Map<String, Object> home() {
		String street = STREETS[random.nextInt(STREETS.length)];
		return Map.of("type", "HOME", "lines", List.of(random.nextBoolean() ? street : street.toUpperCase()),
				"city", "Springfield", "postalCode", "62704", "country", "US");
	}

	/** Moves a contact to another home, or away from any. */
	private void moveHome(String id) {
		JsonNode contact = ok(AGENT, "query($id: ID!) { contact(id: $id) { version } }", Map.of("id", id)).at("contact");
		if (contact.isNull()) {
			return;
		}
		ok(AGENT, "mutation($in: UpdateContactInput!) { updateContact(input: $in) { userErrors { code } } }",
				Map.of("in", Map.of("id", id, "expectedVersion", contact.path("version").asInt(), "addresses",
						random.nextInt(4) == 0 ? List.of() : List.of(home()))));
	}

	private void closeDeal(List<String> parties, int cents) {
		JsonNode created = ok(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) "
				+ "{ deal { id } userErrors { code } } }", Map.of("c", parties.stream().distinct().toList()))
			.at("createDeal.deal");
		if (created.isNull()) {
			return;
		}
		ok(AGENT, "mutation($d: ID!, $r: Money!) { closeDeal(input: {id: $d, revenue: $r, closedOn: \"2026-02-10\"}) "
				+ "{ deal { id } } }", Map.of("d", created.path("id").asString(), "r",
						String.format("%d.%02d", cents / 100, cents % 100)));
	}

}
