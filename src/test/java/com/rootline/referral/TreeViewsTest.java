package com.rootline.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.rootline.support.IntegrationTest;
import com.rootline.support.OriginWrites;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Today's trees and statistics are read from maintained tree keys and level counters; past dates
 * walk the edges in force then. The walk as of today must give the same answers, whatever sequence
 * of referrals, lead sources, changes, removals and merges built the forest.
 */
class TreeViewsTest extends IntegrationTest {

	private static final String VIEW = """
			query($id: ID!, $asOf: Date, $after: String) {
			  referralStats(id: $id, asOf: $asOf) { directCount totalDescendants maxDepth perLevel { depth count } businessValue }
			  referralTree(rootId: $id, first: 7, after: $after, asOf: $asOf) {
			    totalCount
			    edges { cursor node { depth parentId referredOn contact { id } } }
			    pageInfo { hasNextPage endCursor } } }""";

	private static final String LEADERBOARD = """
			query($by: LeaderboardMetric!, $asOf: Date, $first: Int) { topReferrers(first: $first, by: $by, asOf: $asOf) {
			  rank referrals value party { ... on Contact { id } ... on Agent { id } } } }""";

	@Test
	void seededRandomForestsReadTheSameFromKeysAndFromTheWalk() {
		Random random = new Random(20_261_123L);
		List<String> contacts = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			contacts.add(ok(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n}) { contact { id } } }",
					Map.of("n", "C" + i)).at("createContact.contact.id").asString());
		}
		String partner = ok(BROKER, """
				mutation { createAgent(input: {kind: PARTNER, role: OUTSIDE_AGENT, name: "Pat Partner"}) { agent { id } } }""",
				Map.of()).at("createAgent.agent.id").asString();
		String outlet = ok(MARKETING, "mutation { createMediaOutlet(input: {mediaTypeId: \"media-type-radio\", name: \"KXYZ\"}) "
				+ "{ outlet { id } } }", Map.of()).at("createMediaOutlet.outlet.id").asString();
		closeDeal(List.of(contacts.get(3), contacts.get(4)), 123_450);

		OriginWrites writes = new OriginWrites(http);
		int merges = 0;
		StringBuilder ancestriesSeen = new StringBuilder();
		for (int step = 0; step < 160; step++) {
			String child = contacts.get(random.nextInt(contacts.size()));
			String other = contacts.get(random.nextInt(contacts.size()));
			int op = random.nextInt(22);
			if (op < 11) {
				writes.recordReferral(child, op == 0 ? partner : other, LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300)));
			}
			else if (op < 13) {
				writes.recordLeadSource(child, outlet, null, false);
			}
			else if (op < 16) {
				writes.changeReferrer(child, other);
			}
			else if (op < 18) {
				writes.removeReferral(child);
			}
			else if (op >= 20) {
				closeDeal(op == 20 ? List.of(child) : List.of(child, other), random.nextInt(500_000));
			}
			else if (contacts.size() > 12 && writes.mergeContacts(other, child)) {
				contacts.remove(child);
				merges++;
			}
			if (step % 40 == 39) {
				assertEveryPartyReadsTheSame(contacts, partner, outlet);
				String ancestries = ancestries(false);
				assertThat(ancestries).as("ancestries read with the chain, or loaded after it").isEqualTo(ancestries(true));
				ancestriesSeen.append(ancestries);
			}
		}
		assertThat(merges).as("the random steps did merge contacts").isPositive();
		assertThat(ancestriesSeen).as("chains ended at partners and outlets").contains("\"Agent\"", "\"MediaOutlet\"");
		assertThat(count("MATCH (c:Contact) WHERE c.treeKey IS NOT NULL RETURN count(c)")).as("keys were written")
			.isPositive();

		// Counters built from scratch by the migration for older data equal the maintained ones.
		Map<String, List<Object>> maintained = levelCounters();
		assertThat(maintained).isNotEmpty();
		rebuildMaintainedFacts();
		assertThat(levelCounters()).isEqualTo(maintained);
	}

	/** A deal of these contacts (one or two, perhaps the same twice), closed with this revenue in cents. */
	private void closeDeal(List<String> parties, int cents) {
		String deal = ok(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) { deal { id } } }",
				Map.of("c", parties.stream().distinct().toList())).at("createDeal.deal.id").asString();
		ok(AGENT, "mutation($d: ID!, $r: Money!) { closeDeal(input: {id: $d, revenue: $r, closedOn: \"2026-01-10\"}) "
				+ "{ deal { id } } }", Map.of("d", deal, "r", String.format("%d.%02d", cents / 100, cents % 100)));
	}

	/**
	 * Every party's non-zero level counters, then their sum and its subtree value, then a contact's
	 * revenue per level as gift plans score it.
	 */
	private Map<String, List<Object>> levelCounters() {
		Map<String, List<Object>> counters = new TreeMap<>();
		try (var session = driver.session()) {
			session.run("MATCH (n) WHERE any(x IN n.levelCounts WHERE x <> 0) OR n.subtreeValueMinor IS NOT NULL "
					+ "RETURN n.id AS id, coalesce(n.levelCounts, []) + [n.descendants, n.subtreeValueMinor] "
					+ "+ CASE WHEN n:Contact THEN coalesce(n.levelValuesMinor, []) ELSE [] END AS counts")
				.forEachRemaining(r -> counters.put(r.get("id").asString(), r.get("counts").asList()));
		}
		return counters;
	}

	private void assertEveryPartyReadsTheSame(List<String> contacts, String partner, String outlet) {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		List<String> parties = new ArrayList<>(contacts);
		parties.add(partner);
		parties.add(outlet);
		for (String id : parties) {
			assertThat(view(id, null)).as("today's view of %s", id).isEqualTo(view(id, today));
		}
		// The top 3 cuts through ties, which must be broken by id as the walk breaks them.
		for (int first : new int[] { 3, 50 }) {
			for (String by : List.of("COUNT", "VALUE")) {
				Map<String, Object> variables = new HashMap<>();
				variables.put("by", by);
				variables.put("first", first);
				variables.put("asOf", null);
				String now = ok(VIEWER, LEADERBOARD, variables).body();
				assertThat(now).as("someone is ranked by %s", by).contains("\"rank\":1");
				variables.put("asOf", today);
				assertThat(now).as("today's top %d by %s", first, by).isEqualTo(ok(VIEWER, LEADERBOARD, variables).body());
			}
		}
	}

	/**
	 * Every contact's ancestry as text. A chain that shows only the parties' own fields comes with
	 * the chain query; one that shows e-mails too (here left out of the text) is loaded after it.
	 */
	private String ancestries(boolean withEmails) {
		JsonNode edges = ok(AGENT, "{ contacts(first: 100) { edges { node { id ancestry { __typename "
				+ "... on Contact { id displayName version createdAt archived } ... on Agent { id name kind role active version } "
				+ "... on MediaOutlet { id name active mediaType { id } }" + (withEmails ? " ... on Contact { emails { address } }" : "")
				+ " } } } } }", Map.of()).at("contacts.edges");
		edges.forEach(e -> e.at("/node/ancestry").forEach(party -> ((ObjectNode) party).remove("emails")));
		return edges.toString();
	}

	/** Stats and every page of the tree (pages of 7, following cursors), as text. */
	private String view(String id, String asOf) {
		StringBuilder text = new StringBuilder();
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("id", id);
			variables.put("asOf", asOf);
			variables.put("after", after);
			JsonNode data = ok(VIEWER, VIEW, variables).json().path("data");
			if (after == null) {
				text.append(data.path("referralStats")).append('\n').append(data.at("/referralTree/totalCount")).append('\n');
			}
			for (JsonNode edge : data.at("/referralTree/edges")) {
				text.append(edge.path("cursor").asString()).append(' ').append(edge.path("node")).append('\n');
			}
			JsonNode pageInfo = data.at("/referralTree/pageInfo");
			after = pageInfo.path("hasNextPage").asBoolean() ? pageInfo.path("endCursor").asString() : null;
		}
		while (after != null);
		return text.toString();
	}

}
