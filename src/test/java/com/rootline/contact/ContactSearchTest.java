package com.rootline.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import com.rootline.graph.CypherQueries;
import tools.jackson.databind.JsonNode;

/** Finding contacts: filters, full-text search, orders and cursors, and the plans behind them. */
class ContactSearchTest extends IntegrationTest {

	@Autowired
	CypherQueries queries;

	private final Map<String, String> ids = new HashMap<>();

	@BeforeEach
	void people() {
		add("Ada", "Lovelace", Map.of("company", "Analytical Engines", "groups", List.of("Potential Buyers"), "statusLevel",
				"A", "active", true, "birthday", "--12-10", "contactType", "SPHERE",
				"emails", List.of(Map.of("address", "ada@engines.example"))));
		add("Grace", "Hopper", Map.of("groups", List.of("Potential Buyers", "Past Clients"), "tags", List.of("navy"),
				"statusLevel", "B", "birthday", "1906-12-09", "phones", List.of(Map.of("number", "(212) 555-1234"))));
		add("Alan", "Turing", Map.of("groups", List.of("Potential Sellers"), "statusLevel", "A", "active", true,
				"birthday", "--06-23", "contactType", "FSBO"));
		add("Zoë", "Ångström", Map.of("tags", List.of("navy"), "statusLevel", "C"));
		add("Edsger", "Dijkstra", Map.of("company", "Eindhoven Realty", "contactType", "FSBO"));
	}

	private void add(String first, String last, Map<String, Object> more) {
		Map<String, Object> input = new HashMap<>(more);
		input.put("firstName", first);
		input.put("lastName", last);
		Response r = ok(AGENT, ContactApiTest.CREATE, Map.of("input", input));
		ids.put(first, r.at("createContact.contact.id").asString());
	}

	private List<String> names(String filter) {
		return ok("{ contacts(filter: " + filter + ", first: 50) { edges { node { firstName } } } }", Map.of())
			.at("contacts")
			.findValuesAsString("firstName");
	}

	@Test
	void filtersCombine() {
		assertThat(names("{group: \"Potential Buyers\"}")).containsExactly("Grace", "Ada");
		assertThat(names("{group: \"Potential Buyers\", statusLevel: A}")).containsExactly("Ada");
		assertThat(names("{tag: \"navy\"}")).containsExactly("Zoë", "Grace");
		assertThat(names("{statusLevel: A, active: true}")).containsExactly("Ada", "Alan");
		assertThat(names("{contactType: \"fsbo\"}")).containsExactly("Edsger", "Alan");
		assertThat(names("{birthdayMonth: 12}")).containsExactly("Grace", "Ada");
		assertThat(names("{birthdayMonth: 12, tag: \"navy\"}")).containsExactly("Grace");
		assertThat(names("{active: false}")).as("Ångström folds to angstrom").containsExactly("Zoë", "Edsger", "Grace");
		assertThat(names("{createdFrom: \"2000-01-01T00:00:00Z\", createdTo: \"2000-01-02T00:00:00Z\"}")).isEmpty();
		assertThat(names("{group: \"Nobody\"}")).isEmpty();
	}

	@Test
	void searchFindsNamesEmailsCompaniesAndPhoneDigits() {
		assertThat(names("{search: \"hop\"}")).containsExactly("Grace");
		assertThat(names("{search: \"ada@engines\"}")).containsExactly("Ada");
		assertThat(names("{search: \"eindhoven\"}")).containsExactly("Edsger");
		assertThat(names("{search: \"555-1234\"}")).containsExactly("Grace");
		assertThat(names("{search: \"(212) 555\"}")).containsExactly("Grace");
		assertThat(names("{search: \"1234\"}")).containsExactly("Grace");
		assertThat(names("{search: \"zoe angstrom\"}")).as("accents fold").containsExactly("Zoë");
		assertThat(names("{search: \"AND OR *\"}")).as("Lucene syntax is neutralised").isEmpty();
		assertThat(names("{search: \"a\", statusLevel: A}")).containsExactlyInAnyOrder("Ada", "Alan");
		var blank = gql(VIEWER, "{ contacts(filter: {search: \"  !! \"}) { totalCount } }");
		assertThat(blank.errorCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(blank.errors().get(0).path("message").asString()).startsWith("filter.search");
	}

	/**
	 * The search index is refreshed after commits, in the background (migration V016); a search
	 * still finds what was written the moment before it, and no longer finds what was replaced.
	 */
	@Test
	void searchSeesEveryWriteThatReturnedBeforeIt() {
		String ada = ids.get("Ada");
		int version = ok("query($id: ID!) { contact(id: $id) { version } }", Map.of("id", ada)).at("contact.version").asInt();
		for (int i = 0; i < 40; i++) {
			String word = "quill" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
			add("Q" + i, word, Map.of());
			assertThat(names("{search: \"" + word + "\"}")).as("a contact created a moment ago").containsExactly("Q" + i);
			String nickname = "nib" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
			version = ok(AGENT, "mutation($id: ID!, $v: Int!, $n: String) { updateContact(input: {id: $id, "
					+ "expectedVersion: $v, nickname: $n}) { contact { version } } }",
					Map.of("id", ada, "v", version, "n", nickname)).at("updateContact.contact.version").asInt();
			assertThat(names("{search: \"" + nickname + "\"}")).as("a nickname given a moment ago").containsExactly("Ada");
			if (i > 0) {
				String before = "nib" + (char) ('a' + (i - 1) % 26) + (char) ('a' + (i - 1) / 26);
				assertThat(names("{search: \"" + before + "\"}")).as("the nickname it replaced").isEmpty();
			}
		}
	}

	@Test
	void ordersArePagedWithStableCursors() {
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			Map<String, Object> vars = new HashMap<>();
			vars.put("after", after);
			JsonNode page = ok("query($after: String) { contacts(first: 2, after: $after) { totalCount "
					+ "edges { cursor node { lastName } } pageInfo { hasNextPage hasPreviousPage endCursor } } }", vars)
				.at("contacts");
			assertThat(page.path("totalCount").asInt()).isEqualTo(pages == 0 ? 5 : 6);
			page.path("edges").forEach(e -> seen.add(e.path("node").path("lastName").asString()));
			after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString()
					: null;
			if (pages == 0) {
				// A contact added before the cursor does not shift the pages after it.
				add("Aaron", "Aardvark", Map.of());
			}
			pages++;
		}
		while (after != null);
		assertThat(seen).containsExactly("Ångström", "Dijkstra", "Hopper", "Lovelace", "Turing");
		assertThat(pages).isEqualTo(3);

		List<String> newest = ok("{ contacts(orderBy: CREATED_AT, first: 3) { edges { node { firstName } } } }", Map.of())
			.at("contacts").findValuesAsString("firstName");
		assertThat(newest).containsExactly("Aaron", "Edsger", "Zoë");

		ok(AGENT, "mutation($id: ID!) { logInteraction(input: {contactId: $id, kind: CALL, summary: \"hi\"}) { interaction { id } } }",
				Map.of("id", ids.get("Alan")));
		List<String> recent = ok("{ contacts(orderBy: LAST_CONTACTED_AT, first: 2) { edges { node { firstName } } } }",
				Map.of()).at("contacts").findValuesAsString("firstName");
		assertThat(recent.getFirst()).isEqualTo("Alan");

		var foreign = gql(VIEWER, "query($a: String) { contacts(orderBy: CREATED_AT, after: $a) { totalCount } }",
				Map.of("a", "bm90LWEtY3Vyc29y"));
		assertThat(foreign.errorCode()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void pageSizeAndComplexityAreCappedBeforeAnythingIsRead() {
		var tooLarge = gql(VIEWER, "{ contacts(first: 101) { totalCount } }");
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.errorCode()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(tooLarge.errors().get(0).path("extensions").path("limit").asString()).isEqualTo("pageSize");

		var viaVariable = gql(VIEWER, "query($n: Int) { contacts(first: $n) { totalCount } }", Map.of("n", 500));
		assertThat(viaVariable.errorCode()).isEqualTo("LIMIT_EXCEEDED");

		var complex = gql(VIEWER, "{ contacts(first: 100) { edges { node { interactions(first: 100) { edges { node { "
				+ "id kind summary occurredAt } } } } } } }");
		assertThat(complex.status()).isEqualTo(400);
		assertThat(complex.errorCode()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(complex.errors().get(0).path("extensions").path("limit").asString()).isEqualTo("complexity");
	}

	@Test
	void searchUsesTheFullTextIndexAndFiltersStartFromAnIndex() {
		Map<String, Object> params = new HashMap<>();
		for (String name : List.of("search", "group", "tag", "ownerId", "statusLevel", "levelDisagrees", "active", "contactType",
				"birthdayMonth", "createdFrom", "createdTo", "customProperty", "customValue", "after")) {
			params.put(name, null);
		}
		params.put("archived", false);
		params.put("order", "NAME");
		params.put("limit", 21);

		params.put("anchor", "SEARCH");
		params.put("search", "+ada*");
		assertThat(operators(queries.get("contact/page-anchored"), params)).anyMatch(o -> o.contains("ProcedureCall"));

		params.put("anchor", "GROUP");
		params.put("search", null);
		params.put("group", "Potential Buyers");
		assertThat(operators(queries.get("contact/page-anchored"), params)).anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"));

		params.put("anchor", "BIRTHDAY_MONTH");
		params.put("group", null);
		params.put("birthdayMonth", 12);
		assertThat(operators(queries.get("contact/page-anchored"), params)).anyMatch(o -> o.startsWith("NodeIndexSeek"));

		assertThat(operators(queries.get("contact/possible-duplicates"),
				Map.of("emails", List.of("a@b.c"), "phones", List.of("+1"), "exceptId", "x")))
			.anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"));
	}

	private List<String> operators(String cypher, Map<String, Object> params) {
		try (var session = driver.session()) {
			Plan plan = session.run("EXPLAIN " + cypher, params).consume().plan();
			List<String> ops = new ArrayList<>();
			collect(plan, ops);
			return ops;
		}
	}

	private static void collect(Plan plan, List<String> ops) {
		ops.add(plan.operatorType());
		plan.children().forEach(c -> collect(c, ops));
	}

	@Test
	void randomFilterCombinationsMatchABruteForceCheck() {
		Random random = new Random(20261122L);
		String[] groups = { null, "Potential Buyers", "Past Clients", "Potential Sellers" };
		String[] levels = { null, "A", "B", "C" };
		Boolean[] actives = { null, true, false };
		for (int i = 0; i < 25; i++) {
			String group = groups[random.nextInt(groups.length)];
			String level = levels[random.nextInt(levels.length)];
			Boolean active = actives[random.nextInt(actives.length)];
			StringBuilder filter = new StringBuilder("{");
			if (group != null) {
				filter.append("group: \"").append(group).append("\" ");
			}
			if (level != null) {
				filter.append("statusLevel: ").append(level).append(' ');
			}
			if (active != null) {
				filter.append("active: ").append(active).append(' ');
			}
			filter.append('}');
			long expected = count("""
					MATCH (c:Contact)
					WHERE ($group IS NULL OR (c)-[:IN_GROUP]->(:Group {name: $group}))
					  AND ($level IS NULL OR c.statusLevel = $level)
					  AND ($active IS NULL OR c.active = $active)
					RETURN count(c)""", nullable("group", group, "level", level, "active", active));
			assertThat(names(filter.toString())).as(filter.toString()).hasSize((int) expected);
		}
	}

	private static Map<String, Object> nullable(Object... kv) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

}
