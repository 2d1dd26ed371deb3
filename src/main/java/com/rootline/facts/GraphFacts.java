package com.rootline.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.api.TimeZones;
import com.rootline.graph.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Every maintained fact rebuilt from the graph itself, as the migrations first built them: the tree
 * keys from each top of a chain down, the counters and values from the keys, the touch counts from
 * the days in touch, the ROI days from the deals and leads of each day, the deal counters from
 * every deal, the business mix counters from every closed deal, the funnel counters from every deal, the book counters from every contact and the activity counters from every interaction
 * and task. Each statement commits
 * in batches (CALL … IN TRANSACTIONS), so a million contacts never sit in one transaction; a step
 * can be run again from its start.
 * <p>
 * Writers keep these facts true in their own transactions; a rebuild is for facts that drifted (a
 * defect, data written past the service) and for the tests. While a step runs, the facts it
 * rebuilds may read as missing, and a write in that moment may leave its fact drifted (the next
 * rebuild finds it): run it when writes are quiet.
 */
@Component
public class GraphFacts {

	/** The steps of a rebuild, in the order they must run: each reads facts the ones before wrote. */
	enum Step {
		TREE_KEYS, COUNTERS, LAST_TOUCH, TOUCH_DAYS, ROI_DAYS, DEAL_DAYS, MIX_COUNTS, FUNNEL_COUNTS, BOOK_COUNTS, ACTIVITY_COUNTS
	}

	/** What differed for one kind of fact: how many parties or days, and the first ids or days. */
	record Difference(GraphFact fact, long differed, List<String> examples) {
	}

	static final int PAGE = 1_000;

	static final int DAYS_PAGE = 200;

	static final int EXAMPLES = 10;

	private final Driver driver;

	private final CypherQueries queries;

	private final TimeZones zones;

	GraphFacts(Driver driver, CypherQueries queries, TimeZones zones) {
		this.driver = driver;
		this.queries = queries;
		this.zones = zones;
	}

	/** Rebuilds every fact, step by step; the tests call it after writing data straight to the graph. */
	public void rebuild() {
		for (Step step : Step.values()) {
			rebuild(step);
		}
	}

	void rebuild(Step step) {
		switch (step) {
			case TREE_KEYS -> rebuildTreeKeys();
			case COUNTERS -> run("facts/clear-counters", "facts/rebuild-level-counts", "facts/rebuild-top-level-counts",
					"facts/rebuild-descendants", "facts/rebuild-subtree-values", "facts/rebuild-level-values");
			case LAST_TOUCH -> run("facts/rebuild-last-touch");
			case TOUCH_DAYS -> run("facts/forget-touch-days", "facts/mark-touch-counted", "facts/recount-touch-days");
			case ROI_DAYS -> rebuildRoiDays();
			case DEAL_DAYS -> recountDealDays();
			case MIX_COUNTS -> run("facts/forget-mix", "facts/mark-mix-counted", "facts/recount-mix");
			case FUNNEL_COUNTS -> recountFunnel();
			case BOOK_COUNTS -> recountBook();
			case ACTIVITY_COUNTS -> recountActivity();
		}
	}

	/** Keeps every fact as it is now: on each party, and the days' on the rebuild's node. */
	void snapshot(String rebuildId) {
		run("facts/snapshot-nodes");
		run("facts/snapshot-days", Map.of("id", rebuildId));
	}

	/** What differs now from the facts kept by {@link #snapshot}, for every kind of fact in order. */
	List<Difference> compare(String rebuildId) {
		List<Difference> differences = new ArrayList<>();
		try (Session session = driver.session()) {
			long[] differed = new long[GraphFact.ON_PARTIES];
			List<List<String>> examples = new ArrayList<>();
			for (int i = 0; i < GraphFact.ON_PARTIES; i++) {
				examples.add(List.of());
			}
			session.run(queries.get("facts/compare-nodes")).forEachRemaining(r -> {
				int kind = r.get("kind").asInt();
				differed[kind] = r.get("differed").asLong();
				examples.set(kind, r.get("examples").asList(v -> v.asString()));
			});
			for (int i = 0; i < GraphFact.ON_PARTIES; i++) {
				differences.add(new Difference(GraphFact.values()[i], differed[i], examples.get(i)));
			}
			var r = session.run(queries.get("facts/days-now"), Map.of("id", rebuildId)).single();
			differences.add(days(GraphFact.TOUCH_DAYS, strings(r.get("touchDaysBefore")), strings(r.get("touchDays"))));
			differences.add(days(GraphFact.ROI_DAYS, strings(r.get("roiDaysBefore")), strings(r.get("roiDays"))));
			differences.add(days(GraphFact.DEAL_DAYS, strings(r.get("dealDaysBefore")), strings(r.get("dealDays"))));
			differences.add(days(GraphFact.MIX_COUNTS, strings(r.get("mixBefore")), strings(r.get("mix"))));
			differences.add(days(GraphFact.FUNNEL_COUNTS, strings(r.get("funnelBefore")), strings(r.get("funnel"))));
			differences.add(days(GraphFact.BOOK_COUNTS, strings(r.get("bookBefore")), strings(r.get("book"))));
			differences.add(days(GraphFact.ACTIVITY_COUNTS, strings(r.get("activityBefore")), strings(r.get("activity"))));
		}
		return differences;
	}

	/** The facts kept by {@link #snapshot}, removed from the parties. */
	void forgetSnapshot() {
		run("facts/forget-snapshot");
	}

	/** The days whose entries differ between two sorted lists of "day=…" entries. */
	static Difference days(GraphFact fact, List<String> before, List<String> after) {
		Set<String> was = new HashSet<>(before);
		Set<String> is = new HashSet<>(after);
		TreeSet<String> differing = new TreeSet<>();
		before.stream().filter(e -> !is.contains(e)).forEach(e -> differing.add(day(e)));
		after.stream().filter(e -> !was.contains(e)).forEach(e -> differing.add(day(e)));
		return new Difference(fact, differing.size(), differing.stream().limit(EXAMPLES).toList());
	}

	private static String day(String entry) {
		return entry.substring(0, entry.indexOf('='));
	}

	private void rebuildTreeKeys() {
		forEachPage("facts/tree-tops-page", (session, tops) -> session
			.run(queries.get("facts/refresh-tree-facts"), Map.of("contactIds", tops))
			.consume());
	}

	/** Every deal counted again in the deployment's zone, a page at a time. */
	private void recountDealDays() {
		run("facts/forget-deal-days", "facts/uncount-deals");
		String zone = zones.deployment().getId();
		forEachPage("facts/deals-page", (session, deals) -> session
			.run(queries.get("facts/count-deal-days"), Map.of("dealIds", deals, "zone", zone))
			.consume());
	}

	/** Every deal's funnel counted again in the deployment's zone. */
	private void recountFunnel() {
		run("facts/forget-funnel");
		run("facts/mark-funnel-counted", Map.of("zone", zones.deployment().getId()));
		run("facts/recount-funnel");
	}

	/** Every contact's book counted again in the deployment's zone. */
	private void recountBook() {
		run("facts/forget-book");
		run("facts/mark-book-counted", Map.of("zone", zones.deployment().getId()));
		run("facts/recount-book");
	}

	/**
	 * Every interaction and task counted again in the deployment's zone; then, the last of the day
	 * and week counters counted, that zone is recorded as theirs (see {@link CountedZone}).
	 */
	private void recountActivity() {
		String zone = zones.deployment().getId();
		run("facts/forget-activity");
		run("facts/mark-interactions-counted", Map.of("zone", zone));
		run("facts/mark-tasks-counted", Map.of("zone", zone));
		run("facts/recount-activity");
		run("facts/set-counted-zone", Map.of("zone", zone));
	}

	/** Runs {@code work} on each page of ids a page query answers (ids after {@code $after}, at most {@code $limit}). */
	private void forEachPage(String pageQuery, java.util.function.BiConsumer<Session, List<String>> work) {
		String after = "";
		try (Session session = driver.session()) {
			while (true) {
				List<String> ids = session.run(queries.get(pageQuery), Map.of("after", after, "limit", PAGE))
					.list(r -> r.get("id").asString());
				if (ids.isEmpty()) {
					return;
				}
				work.accept(session, ids);
				after = ids.getLast();
			}
		}
	}

	private void rebuildRoiDays() {
		try (Session session = driver.session()) {
			List<LocalDate> days = session.run(queries.get("facts/roi-days-to-refresh"))
				.list(r -> r.get("day").asLocalDate());
			for (int from = 0; from < days.size(); from += DAYS_PAGE) {
				List<LocalDate> page = days.subList(from, Math.min(days.size(), from + DAYS_PAGE));
				session.run(queries.get("facts/refresh-roi-days"), Map.of("days", page)).consume();
			}
		}
	}

	/** Named statements, each committing on its own (auto-commit: they batch with IN TRANSACTIONS). */
	private void run(String... names) {
		for (String name : names) {
			run(name, Map.of());
		}
	}

	private void run(String name, Map<String, Object> params) {
		try (Session session = driver.session()) {
			session.run(queries.get(name), params).consume();
		}
	}

	private static List<String> strings(org.neo4j.driver.Value value) {
		return value.asList(v -> v.asString());
	}

}
