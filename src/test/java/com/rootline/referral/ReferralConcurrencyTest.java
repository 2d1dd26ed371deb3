package com.rootline.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.support.ConcurrentWriters;
import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Many writers at once, over HTTP: the referral graph stays a forest with one origin per contact. */
class ReferralConcurrencyTest extends IntegrationTest {

	@Test
	void aThousandRandomReferralWritesFromSixteenThreadsLeaveAForest() throws Exception {
		List<String> contacts = new ArrayList<>();
		try (var session = driver.session()) {
			// Bulk set-up straight into the graph: the contacts themselves are not under test here.
			var ids = session.run("""
					UNWIND range(1, 40) AS i
					CREATE (c:Contact {id: randomUUID(), firstName: 'C' + i, displayName: 'C' + i,
					                   nameKey: 'c' + i, createdKey: toString(i), contactedKey: toString(i),
					                   version: 1, createdAt: datetime(), active: false})
					RETURN c.id AS id""").list(r -> r.get("id").asString());
			contacts.addAll(ids);
		}
		// Written past the service: their facts (the book counters among them) counted as a rebuild counts them.
		rebuildMaintainedFacts();
		Map<String, Integer> outcomes = ConcurrentWriters.run(16, 4_202_611L, thread -> thread < 8 ? 63 : 62,
				(thread, random) -> {
					String child = contacts.get(random.nextInt(contacts.size()));
					String referrer = contacts.get(random.nextInt(contacts.size()));
					Map<String, Object> input = new HashMap<>();
					input.put("contactId", child);
					input.put("referrerId", referrer);
					input.put("replace", random.nextInt(3) == 0);
					return ConcurrentWriters.outcome(gql(AGENT, "mutation($input: RecordReferralInput!) { "
							+ "recordReferral(input: $input) { referral { id } userErrors { code } } }",
							Map.of("input", input)), "recordReferral");
				});
		assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
		assertThat(outcomes.keySet()).as("every write either succeeds or is refused for a business reason")
			.allMatch(k -> List.of("OK", "ALREADY_REFERRED", "REFERRAL_CYCLE", "SELF_REFERRAL", "TIMEOUT").contains(k));
		// Sixteen writers on one small forest queue on the same tree locks and retry after deadlocks; on
		// two busy cores a rare write outlives the test profile's 10 s request timeout and is rolled back
		// whole, which the forest checks below also cover.
		assertThat(outcomes.getOrDefault("TIMEOUT", 0)).as("timed-out writes").isLessThanOrEqualTo(10);
		assertThat(outcomes.get("OK")).isGreaterThan(30);
		assertThat(outcomes.get("REFERRAL_CYCLE")).as("the random writes did try to close loops").isPositive();

		assertThat(count("MATCH (c:Contact) WHERE COUNT { (c)-[:REFERRED_BY]->() } > 1 RETURN count(c)")).isZero();
		assertThat(count("MATCH (c:Contact) WHERE EXISTS { (c)-[:REFERRED_BY]->+(c) } RETURN count(c)")).isZero();
		assertThat(count("MATCH (c:Contact) WHERE c.lockedBy IS NOT NULL RETURN count(c)")).isZero();
		// Every contact reaches exactly one root.
		assertThat(count("""
				MATCH (c:Contact)
				OPTIONAL MATCH (c)-[:REFERRED_BY]->+(top) WHERE NOT EXISTS { (top)-[:REFERRED_BY]->() }
				WITH c, count(top) AS roots
				WHERE (roots = 0 AND EXISTS { (c)-[:REFERRED_BY]->() }) OR roots > 1
				RETURN count(c)""")).isZero();
		assertMaintainedFactsTrue();
	}


	/**
	 * Deals closing while referrals move: closing a deal recomputes its parties' ancestors' subtree
	 * values while referral writers hold and change those ancestors. Every write lands (deadlocks
	 * are retried), and the maintained values rank as the walk does.
	 */
	@Test
	void dealsClosingWhileReferralsMoveKeepTheValueLeaderboardTrue() throws Exception {
		List<String> contacts = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			contacts.add(ok(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n}) { contact { id } } }",
					Map.of("n", "D" + i)).at("createContact.contact.id").asString());
		}
		Map<String, Integer> outcomes = ConcurrentWriters.run(8, 20_261_124L, thread -> 15, (thread, random) -> {
			boolean closesDeals = thread < 4;
			String a = contacts.get(random.nextInt(contacts.size()));
			String b = contacts.get(random.nextInt(contacts.size()));
			Response r;
			if (closesDeals) {
				Response created = gql(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) "
						+ "{ deal { id } } }", Map.of("c", List.of(a, b).stream().distinct().toList()));
				if ("TIMEOUT".equals(created.errorCode())) {
					return "TIMEOUT";
				}
				String deal = created.at("createDeal.deal.id").asString();
				r = gql(AGENT, "mutation($d: ID!, $r: Money!) { closeDeal(input: {id: $d, revenue: $r, "
						+ "closedOn: \"2026-02-01\"}) { deal { id } userErrors { code } } }",
						Map.of("d", deal, "r", (1 + random.nextInt(9_000)) + ".00"));
			}
			else {
				r = gql(AGENT, "mutation($c: ID!, $r: ID!) { recordReferral(input: {contactId: $c, referrerId: $r, "
						+ "replace: true}) { userErrors { code } } }", Map.of("c", a, "r", b));
			}
			return "TIMEOUT".equals(r.errorCode()) ? "TIMEOUT"
					: r.errors().isMissingNode() ? (closesDeals ? "CLOSED" : "REFERRAL") : "ERROR " + r.body();
		});
		assertThat(outcomes.keySet()).as("no write failed but for a rare timeout")
			.allMatch(k -> List.of("CLOSED", "REFERRAL", "TIMEOUT").contains(k));
		// As above: on two busy cores a rare write queued on the tree locks outlives the 10 s request
		// timeout and is rolled back whole, which leaves the values as true as a write never made.
		assertThat(outcomes.getOrDefault("TIMEOUT", 0)).as("timed-out writes").isLessThanOrEqualTo(10);
		assertThat(outcomes.get("CLOSED")).isGreaterThan(40);
		String board = "query($asOf: Date) { topReferrers(first: 30, by: VALUE, asOf: $asOf) { rank value "
				+ "party { ... on Contact { id } } } }";
		Map<String, Object> now = new HashMap<>();
		now.put("asOf", null);
		String maintained = ok(VIEWER, board, now).body();
		assertThat(maintained).contains("\"rank\":1");
		assertThat(maintained).isEqualTo(ok(VIEWER, board,
				Map.of("asOf", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())).body());
		assertMaintainedFactsTrue();
	}

}
