package com.rootline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.rootline.support.IntegrationTest;
import com.rootline.support.Profiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Keyset cursors hold while the list changes: paging through every list in every order, with rows
 * inserted and deleted between pages, finds every row that existed throughout exactly once.
 */
class ListPagingTest extends IntegrationTest {

	private final Random random = new Random(20261202L);

	private int next;

	@BeforeEach
	void someContactsAndDeals() {
		for (int i = 0; i < 80; i++) {
			insertContact();
		}
		for (int i = 0; i < 30; i++) {
			createDeal(String.format("p%05d", i), i % 2 == 0 ? "APPLICATION" : "LEAD");
		}
	}

	private void createDeal(String contactId, String stage) {
		JsonNode errors = ok(AGENT, "mutation($c: [ID!]!, $s: DealStage) { createDeal(input: {kind: PURCHASE, "
				+ "contactIds: $c, stage: $s}) { deal { id } userErrors { message } } }",
				Map.of("c", List.of(contactId), "s", stage)).at("createDeal.userErrors");
		assertThat(errors).as(errors.toString()).isEmpty();
	}

	/** A contact written as the service writes one, with a random place in each order. */
	private String insertContact() {
		String id = String.format("p%05d", next++);
		String key = String.format("%06d", random.nextInt(1_000_000));
		try (var session = driver.session()) {
			session.run("""
					MERGE (g:Group {name: 'Even'})
					CREATE (c:Contact {id: $id, firstName: $id, lastName: $id, displayName: $id,
					        nameKey: 'n' + $key + '\u0001\u0001' + $id, createdKey: $key + '|' + $id,
					        contactedKey: $key2 + '|' + $id, statusLevel: $level, createdAt: datetime(), version: 0, active: true})
					FOREACH (x IN CASE WHEN $even THEN [1] ELSE [] END | CREATE (c)-[:IN_GROUP]->(g))""",
					Map.of("id", id, "key", key, "key2", String.format("%06d", random.nextInt(1_000_000)), "level",
							List.of("A", "B", "C").get(random.nextInt(3)), "even", random.nextBoolean()))
				.consume();
		}
		return id;
	}

	private void deleteSomething(Set<String> deleted) {
		try (var session = driver.session()) {
			String id = session.run("MATCH (c:Contact) WHERE c.id >= 'p00030' "
					+ "WITH c ORDER BY rand() LIMIT 1 WITH c, c.id AS id DETACH DELETE c RETURN id").single().get("id").asString();
			deleted.add(id);
		}
	}

	@Test
	void everyContactOrderAndFilterPagesThroughChangesExactlyOnce() {
		for (String order : List.of("NAME", "CREATED_AT", "LAST_CONTACTED_AT")) {
			for (String filter : List.of("{}", "{group: \"Even\"}", "{statusLevel: B}")) {
				Set<String> before = new HashSet<>(ids("{ contacts(filter: " + filter + ", orderBy: " + order
						+ ", first: 100) { edges { node { id } } pageInfo { hasNextPage } } }", "contacts", 100));
				Set<String> deleted = new HashSet<>();
				List<String> seen = new ArrayList<>();
				String after = null;
				do {
					Map<String, Object> vars = new HashMap<>();
					vars.put("after", after);
					vars.put("n", 1 + random.nextInt(9));
					JsonNode page = ok(VIEWER, "query($after: String, $n: Int) { contacts(filter: " + filter + ", orderBy: "
							+ order + ", first: $n, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
							vars).at("contacts");
					page.path("edges").forEach(e -> seen.add(e.path("node").path("id").asString()));
					after = page.path("pageInfo").path("hasNextPage").asBoolean()
							? page.path("pageInfo").path("endCursor").asString() : null;
					insertContact();
					deleteSomething(deleted);
				}
				while (after != null);
				Set<String> throughout = new HashSet<>(before);
				throughout.removeAll(deleted);
				assertThat(seen).as(order + " " + filter).doesNotHaveDuplicates().containsAll(throughout);
			}
		}
	}

	@Test
	void theDealListPagesThroughChangesExactlyOnce() {
		for (String filter : List.of("{}", "{stage: APPLICATION}")) {
			Set<String> before = new HashSet<>(ids("{ deals(filter: " + filter + ", first: 100) { edges { node { id } } "
					+ "pageInfo { hasNextPage } } }", "deals", 100));
			assertThat(before).isNotEmpty();
			List<String> seen = new ArrayList<>();
			String after = null;
			int added = 0;
			do {
				Map<String, Object> vars = new HashMap<>();
				vars.put("after", after);
				vars.put("n", 1 + random.nextInt(7));
				JsonNode page = ok(VIEWER, "query($after: String, $n: Int) { deals(filter: " + filter
						+ ", first: $n, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }", vars)
					.at("deals");
				page.path("edges").forEach(e -> seen.add(e.path("node").path("id").asString()));
				after = page.path("pageInfo").path("hasNextPage").asBoolean()
						? page.path("pageInfo").path("endCursor").asString() : null;
				createDeal(String.format("p%05d", added++ % 30), "APPLICATION");
			}
			while (after != null);
			assertThat(seen).as(filter).doesNotHaveDuplicates().containsAll(before);
		}
		assertThat(ok(VIEWER, "{ deals { totalCount } }", Map.of()).at("deals.totalCount").asInt())
			.isEqualTo((int) count("MATCH (d:Deal) RETURN count(d)"));
	}

	@Test
	void aPageOfDealsReadsAboutAPageAndTotalsComeOnlyWhenAsked() {
		Map<String, Object> params = new HashMap<>();
		for (String p : List.of("stage", "kind", "agentId", "contactId", "closedFrom", "closedTo")) {
			params.put(p, null);
		}
		params.put("after", "");
		params.put("limit", 21);
		params.put("budget", Long.MAX_VALUE);
		Profiles walk = Profiles.of(driver, queries.get("deal/page-walk"), params);
		assertThat(walk.dbHits()).isLessThanOrEqualTo(21L * 10);
		assertThat(walk.operators()).noneMatch(o -> o.startsWith("Sort") || o.startsWith("Top"));
		assertThat(Profiles.of(driver, queries.get("deal/count-all"), Map.of()).operators())
			.anyMatch(o -> o.startsWith("RelationshipCountFromCountStore") || o.startsWith("NodeCountFromCountStore"));
	}

	private List<String> ids(String query, String field, int max) {
		JsonNode list = ok(VIEWER, query, Map.of()).at(field);
		assertThat(list.path("pageInfo").path("hasNextPage").asBoolean()).as("the fixture fits one page of " + max)
			.isFalse();
		return list.path("edges").findValuesAsString("id");
	}

}
