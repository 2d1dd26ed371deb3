package com.rootline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import com.rootline.graph.CypherQueries;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tree and channel-ROI queries on a generated forest, through GraphQL over HTTP and as the same Cypher through
 * the driver, interleaved, medians of repeated runs. Not part of the default suite:
 *
 * <pre>./mvnw test -Drootline.excludedGroups=none -Dgroups=benchmark -Dtest=ScaleBenchmark -Drootline.bench.contacts=100000</pre>
 */
@Tag("benchmark")
class ScaleBenchmark extends IntegrationTest {

	@Autowired
	CypherQueries queries;

	@Test
	void treeQueries() {
		int size = Integer.getInteger("rootline.bench.contacts", 100_000);
		long t0 = System.nanoTime();
		int[] parent = generate(size, new Random(42));
		int deals = advertise(size, parent, new Random(7));
		long loadMs = (System.nanoTime() - t0) / 1_000_000;

		int[] descendants = new int[size];
		int[] depth = new int[size];
		for (int i = 0; i < size; i++) {
			depth[i] = parent[i] < 0 ? 0 : depth[parent[i]] + 1;
		}
		for (int i = size - 1; i >= 0; i--) {
			if (parent[i] >= 0) {
				descendants[parent[i]] += descendants[i] + 1;
			}
		}
		int top = 0;
		int mid = -1;
		int small = -1;
		int deepest = 0;
		for (int i = 0; i < size; i++) {
			if (descendants[i] > descendants[top]) {
				top = i;
			}
			if (depth[i] > depth[deepest]) {
				deepest = i;
			}
		}
		for (int i = 0; i < size; i++) {
			if (mid < 0 && descendants[i] >= 8_000 && descendants[i] <= 15_000) {
				mid = i;
			}
			if (small < 0 && descendants[i] >= 20 && descendants[i] <= 60) {
				small = i;
			}
		}
		System.out.printf("BENCH data: %d contacts, %d roots (all but 10 leads of 12 outlets), %d closed deals, loaded in %d ms "
				+ "(%.0f contacts/s); top subtree %d, mid %d, small %d, max depth %d%n", size,
				Arrays.stream(parent).filter(p -> p < 0).count(), deals, loadMs,
				size * 1000.0 / loadMs, descendants[top], mid < 0 ? 0 : descendants[mid], small < 0 ? 0 : descendants[small],
				depth[deepest]);

		for (int i = 0; i < 2000; i++) {
			ok("{ me { name } }", Map.of());
		}
		List<String[]> rows = new ArrayList<>();
		for (int[] subject : new int[][] { { small, 0 }, { mid, 0 }, { top, 0 } }) {
			if (subject[0] < 0) {
				continue;
			}
			String id = "b" + subject[0];
			String label = "subtree of " + descendants[subject[0]];
			rows.add(measure("stats (descendants, per level), " + label,
					() -> ok("query($id: ID!) { referralStats(id: $id) { totalDescendants perLevel { depth count } } }",
							Map.of("id", id)),
					() -> cypher("referral/stats", Map.of("id", id), "asOf")));
			rows.add(measure("tree page of 100, " + label,
					() -> ok("query($id: ID!) { referralTree(rootId: $id, first: 100) { totalCount edges { node { depth parentId contact { id displayName } } } } }",
							Map.of("id", id)),
					() -> treePage(id)));
		}
		for (String attribution : List.of("SOURCE", "REFERRAL_CHAIN")) {
			rows.add(measure("channel ROI, 8 quarters by outlet and quarter, " + attribution,
					() -> ok(MARKETING, "query($a: Attribution) { channelRoi(from: \"2024-07-01\", to: \"2026-06-30\", "
							+ "groupBy: [OUTLET, QUARTER], attribution: $a, decay: 0.5) { rows { spend revenue roi } totals { revenue } } }",
							Map.of("a", attribution)),
					() -> roiFacts(attribution)));
		}
		String leaf = "b" + deepest;
		rows.add(measure("ancestry of the deepest leaf (depth " + depth[deepest] + ")",
				() -> ok("query($id: ID!) { contact(id: $id) { ancestry { ... on Contact { id } } } }", Map.of("id", leaf)),
				() -> cypher("referral/ancestry", Map.of("contactIds", List.of(leaf)))));
		System.out.println("BENCH | operation | GraphQL p50 ms | Cypher p50 ms | ratio |");
		System.out.println("BENCH |---|---|---|---|");
		rows.forEach(r -> System.out.println("BENCH | " + String.join(" | ", r) + " |"));
	}

	/** The three fact queries channelRoi runs for a window with no closed quarter. */
	private Object roiFacts(String attribution) {
		Map<String, Object> window = Map.of("from", java.time.LocalDate.of(2024, 7, 1), "to", java.time.LocalDate.of(2026, 6, 30));
		List<Object> all = new ArrayList<>();
		all.add(cypher("marketing/roi-spend", window));
		all.add(cypher("marketing/roi-leads", window));
		all.add(cypher(attribution.equals("SOURCE") ? "marketing/roi-deals-source" : "marketing/roi-deals", window));
		return all;
	}

	/**
	 * Twelve outlets (four media types, a skewed mix of leads), every root but the first ten a lead
	 * of one, a closed deal for a quarter of the contacts over eight quarters, and spend per outlet
	 * per quarter. Returns the number of deals.
	 */
	private int advertise(int size, int[] parent, Random random) {
		String[] types = { "radio", "tv", "internet", "print" };
		List<Map<String, Object>> outlets = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			outlets.add(Map.of("id", "o" + i, "name", "Outlet " + i, "type", "media-type-" + types[i % 4]));
		}
		List<Map<String, Object>> leads = new ArrayList<>();
		List<Map<String, Object>> dealRows = new ArrayList<>();
		java.time.LocalDate start = java.time.LocalDate.of(2024, 7, 1);
		for (int i = 10; i < size; i++) {
			if (parent[i] < 0) {
				// Skewed: low-numbered outlets bring most leads.
				int outlet = Math.min(11, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 3));
				leads.add(Map.of("id", "b" + i, "outlet", "o" + outlet, "on", start.plusDays(random.nextInt(730))));
			}
			if (random.nextInt(4) == 0) {
				dealRows.add(Map.of("id", "d" + i, "contact", "b" + i, "on", start.plusDays(random.nextInt(730)),
						"revenue", 100_000L + random.nextInt(1_900_000)));
			}
		}
		try (var session = driver.session()) {
			session.executeWrite(tx -> tx.run("""
					UNWIND $outlets AS o
					MATCH (t:MediaType {id: o.type})
					CREATE (:MediaOutlet {id: o.id, name: o.name, active: true})-[:OF_TYPE]->(t)
					WITH o
					UNWIND range(0, 7) AS q
					MATCH (out:MediaOutlet {id: o.id})
					CREATE (:AdSpend {id: o.id + '-' + q, amountMinor: 500000 + q * 10000, spentOn: date('2024-07-15') + duration({months: 3 * q}),
					                  historyAction: []})-[:FOR]->(out)""", Map.of("outlets", outlets)).consume());
			for (int from = 0; from < leads.size(); from += 10_000) {
				List<Map<String, Object>> batch = leads.subList(from, Math.min(leads.size(), from + 10_000));
				session.executeWrite(tx -> tx.run("""
						UNWIND $rows AS row
						MATCH (c:Contact {id: row.id}), (o:MediaOutlet {id: row.outlet})
						CREATE (c)-[:REFERRED_BY {id: 'lead-' + row.id, referredOn: row.on, validFrom: row.on}]->(o)""",
						Map.of("rows", batch)).consume());
			}
			// The bulk path writes edges directly, so it sets the root facts the way migration V005 does.
			session.executeWrite(tx -> tx.run("""
					MATCH (top:MediaOutlet)<-[first:REFERRED_BY]-(lead:Contact)
					MATCH (lead) (()<-[r:REFERRED_BY]-(:Contact)){0,20} (n)
					SET n.rootOutletId = top.id, n.rootDepth = size(r), n.rootLeadOn = first.referredOn""").consume());
			for (int from = 0; from < dealRows.size(); from += 10_000) {
				List<Map<String, Object>> batch = dealRows.subList(from, Math.min(dealRows.size(), from + 10_000));
				session.executeWrite(tx -> tx.run("""
						UNWIND $rows AS row
						MATCH (c:Contact {id: row.contact})
						CREATE (c)-[:PARTY_TO]->(:Deal {id: row.id, kind: 'PURCHASE', stage: 'CLOSED', closedOn: row.on,
						                                revenueMinor: row.revenue, version: 1})""", Map.of("rows", batch)).consume());
			}
		}
		return dealRows.size();
	}

	/** What the service runs for a first page: the level counts, then the tree down to the depth that fills it. */
	private Object treePage(String id) {
		Map<String, Object> params = new HashMap<>();
		params.put("rootId", id);
		params.put("asOf", null);
		List<org.neo4j.driver.Record> levels;
		try (var session = driver.session()) {
			levels = session.executeRead(tx -> tx.run(queries.get("referral/level-counts"), params).list());
		}
		long available = 0;
		int depth = 0;
		for (var level : levels) {
			depth = level.get("depth").asInt();
			available += level.get("nodes").asLong();
			if (available >= 101) {
				break;
			}
		}
		return cypher("referral/tree", Map.of("rootId", id, "maxDepth", Math.max(depth, 1), "limit", 101), "asOf",
				"after");
	}

	private Object cypher(String name, Map<String, Object> params, String... nulls) {
		Map<String, Object> all = new HashMap<>(params);
		for (String n : nulls) {
			all.put(n, null);
		}
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(queries.get(name), all).list());
		}
	}

	private static String[] measure(String name, Supplier<Object> graphql, Supplier<Object> cypher) {
		// The JIT needs a few thousand requests through the whole stack before latencies settle.
		for (int i = 0; i < 60; i++) {
			graphql.get();
			cypher.get();
		}
		int runs = 31;
		double[] g = new double[runs];
		double[] c = new double[runs];
		for (int i = 0; i < runs; i++) {
			long a = System.nanoTime();
			graphql.get();
			long b = System.nanoTime();
			cypher.get();
			long d = System.nanoTime();
			g[i] = (b - a) / 1e6;
			c[i] = (d - b) / 1e6;
		}
		Arrays.sort(g);
		Arrays.sort(c);
		double gm = g[runs / 2];
		double cm = c[runs / 2];
		return new String[] { name, String.format("%.1f", gm), String.format("%.1f", cm), String.format("%.2f", gm / cm) };
	}

	/** A seeded forest: 35% roots, the rest attached by preferential attachment, depth at most 20. */
	private int[] generate(int size, Random random) {
		int[] parent = new int[size];
		int[] depth = new int[size];
		int[] pool = new int[size * 2];
		int poolSize = 0;
		for (int i = 0; i < size; i++) {
			if (i < 10 || random.nextDouble() < 0.35) {
				parent[i] = -1;
			}
			else {
				int p;
				do {
					p = pool[random.nextInt(poolSize)];
				}
				while (depth[p] >= 20);
				parent[i] = p;
				depth[i] = depth[p] + 1;
				pool[poolSize++] = p;
			}
			pool[poolSize++] = i;
		}
		for (int from = 0; from < size; from += 10_000) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (int i = from; i < Math.min(size, from + 10_000); i++) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", "b" + i);
				row.put("parent", parent[i] < 0 ? null : "b" + parent[i]);
				row.put("name", "Contact " + i);
				row.put("on", java.time.LocalDate.of(2024, 1, 1).plusDays(i % 700));
				batch.add(row);
			}
			try (var session = driver.session()) {
				session.executeWrite(tx -> tx.run("""
						UNWIND $rows AS row
						CREATE (c:Contact {id: row.id, firstName: row.name, displayName: row.name, version: 1,
						        nameKey: toLower(row.name) + '|' + row.id, createdKey: row.id, contactedKey: row.id,
						        createdAt: datetime(), active: false})
						WITH c, row WHERE row.parent IS NOT NULL
						MATCH (p:Contact {id: row.parent})
						CREATE (c)-[:REFERRED_BY {id: row.id, referredOn: row.on, validFrom: row.on, recordedBy: 'bench',
						        recordedAt: datetime()}]->(p)""", Map.of("rows", batch)).consume());
			}
		}
		return parent;
	}

}
