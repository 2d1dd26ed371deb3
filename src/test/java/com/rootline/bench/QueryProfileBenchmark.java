package com.rootline.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Where the time of the heavy reads goes: on the benchmark data, each named query is timed (median
 * of 11 runs after 5 warm-up runs) and its {@code PROFILE} printed operator by operator with rows
 * and database hits: the tree reads under the top referrer, channel ROI, and the reads of today's
 * gift plan (its first batch from each ranking index). Run it like the load benchmark:
 * {@code ./mvnw test -Drootline.excludedGroups=none -Dgroups=benchmark -Dtest=QueryProfileBenchmark
 * -Drootline.bench.contacts=100000}; {@code -Drootline.bench.queries=gift/today-households,...}
 * profiles only those.
 */
@Tag("benchmark")
class QueryProfileBenchmark extends IntegrationTest {

	@Test
	void profileTheHeavyReads() {
		BenchData.Shape shape = BenchData.generate(driver, Integer.getInteger("rootline.bench.contacts", 100_000), 42);
		String top = "b" + shape.top();
		System.out.printf("PROFILE top referrer %s with %,d descendants%n", top, shape.descendants()[shape.top()]);
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		// Today's gift plan, as TodayPlans reads it for a plan with the default settings.
		Map<String, Object> gift = Map.of("asOf", today, "cutoff", today.minusMonths(24), "includeInactive", false,
				"skip", 0, "limit", 256, "touchedSince", today.minusMonths(24));
		List<String> names = List.of(System.getProperty("rootline.bench.queries",
				"referral/stats-now,referral/tree-now,referral/stats,marketing/roi-days,"
						+ "marketing/roi-spend,gift/today-counts,gift/today-set-aside,gift/today-partners,"
						+ "gift/today-households,gift/today-top-by-descendants,gift/today-top-by-value")
			.split(","));
		try (var session = driver.session()) {
			for (String name : names) {
				String cypher = queries.get(name);
				Map<String, Object> params = name.startsWith("gift/") ? gift
						: name.startsWith("today/") ? today(today) : this.params(top);
				long[] nanos = new long[11];
				for (int i = -5; i < nanos.length; i++) {
					long t0 = System.nanoTime();
					session.run(cypher, params).list();
					if (i >= 0) {
						nanos[i] = System.nanoTime() - t0;
					}
				}
				java.util.Arrays.sort(nanos);
				var result = session.run("PROFILE " + cypher, params);
				result.list();
				ProfiledPlan plan = result.consume().profile();
				System.out.printf("PROFILE %s: median %.2f ms, %,d db hits%n%s", name, nanos[5] / 1e6, hits(plan),
						print(plan, "  "));
			}
		}
	}

	/** The parameters of the agent's-day reads, for the top agent's book. */
	private Map<String, Object> today(LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		params.put("agentId", "top-agent");
		params.put("ownerId", "top-agent");
		params.put("today", today);
		params.put("extraIds", List.of());
		params.put("customProperties", List.of());
		try (var session = driver.session()) {
			params.put("ids", session.run("MATCH (:Agent {id: 'top-agent'})-[:OWNS]->(c:Contact) WHERE c.descendants > 0 "
					+ "AND c.subtreeValueMinor >= 1 RETURN c.id AS id").list(r -> r.get("id").asString()));
		}
		return params;
	}

	/** The parameters of the tree and ROI reads, under the top referrer. */
	private Map<String, Object> params(String top) {
		Map<String, Object> params = new HashMap<>();
		params.put("rootId", top);
		params.put("id", top);
		params.put("maxDepth", 20);
		params.put("asOf", null);
		params.put("after", null);
		params.put("limit", 101);
		params.put("from", LocalDate.of(2024, 7, 1));
		params.put("to", LocalDate.of(2026, 6, 30));
		params.put("kinds", List.of("LEAD", "CHAIN"));
		params.put("perDay", false);
		params.put("withContacts", true);
		return params;
	}

	private static long hits(ProfiledPlan plan) {
		long hits = plan.dbHits();
		for (ProfiledPlan child : plan.children()) {
			hits += hits(child);
		}
		return hits;
	}

	private static String print(ProfiledPlan plan, String indent) {
		String details = plan.arguments().getOrDefault("Details", Values.NULL).asString("").replaceAll("\\s+", " ");
		StringBuilder text = new StringBuilder(String.format("%s%s rows=%,d hits=%,d %s%n", indent, plan.operatorType(),
				plan.records(), plan.dbHits(), details.length() > 120 ? details.substring(0, 120) + "…" : details));
		for (ProfiledPlan child : plan.children()) {
			text.append(print(child, indent + "  "));
		}
		return text.toString();
	}

}
