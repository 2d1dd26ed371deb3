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
 * Tree queries on a generated forest, through GraphQL over HTTP and as the same Cypher through
 * the driver, interleaved, medians of repeated runs. Not part of the default suite:
 *
 * <pre>./mvnw test -Drootline.excludedGroups=none -Dgroups=benchmark -Dtest=TreeScaleBenchmark -Drootline.bench.contacts=100000</pre>
 */
@Tag("benchmark")
class TreeScaleBenchmark extends IntegrationTest {

	@Autowired
	CypherQueries queries;

	@Test
	void treeQueries() {
		int size = Integer.getInteger("rootline.bench.contacts", 100_000);
		long t0 = System.nanoTime();
		int[] parent = generate(size, new Random(42));
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
		System.out.printf("BENCH data: %d contacts, %d roots, loaded in %d ms (%.0f contacts/s); top subtree %d, "
				+ "mid %d, small %d, max depth %d%n", size, Arrays.stream(parent).filter(p -> p < 0).count(), loadMs,
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
		String leaf = "b" + deepest;
		rows.add(measure("ancestry of the deepest leaf (depth " + depth[deepest] + ")",
				() -> ok("query($id: ID!) { contact(id: $id) { ancestry { ... on Contact { id } } } }", Map.of("id", leaf)),
				() -> cypher("referral/ancestry", Map.of("contactIds", List.of(leaf)))));
		System.out.println("BENCH | operation | GraphQL p50 ms | Cypher p50 ms | ratio |");
		System.out.println("BENCH |---|---|---|---|");
		rows.forEach(r -> System.out.println("BENCH | " + String.join(" | ", r) + " |"));
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
