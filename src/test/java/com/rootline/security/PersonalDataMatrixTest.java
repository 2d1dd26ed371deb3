package com.rootline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rootline.support.GraphQlHttp;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The data-access rule as a matrix: every role against every personal field, reached through every
 * query that returns contacts, and against every REST endpoint that hands out contact data.
 */
class PersonalDataMatrixTest extends IntegrationTest {

	private static final Map<String, String> ROLES = new LinkedHashMap<>();

	static {
		ROLES.put("ADMIN", ADMIN);
		ROLES.put("BROKER", BROKER);
		ROLES.put("AGENT", AGENT);
		ROLES.put("MARKETING", MARKETING);
		ROLES.put("VIEWER", VIEWER);
	}

	private static final Set<String> MAY_READ_PERSONAL = Set.of("ADMIN", "BROKER", "AGENT");

	private static final Set<String> MAY_READ_ADDRESSES = Set.of("ADMIN", "BROKER", "AGENT", "MARKETING");

	private static final String FIELDS = "displayName company phones { number } emails { address } addresses { city } "
			+ "birthday anniversary spouse { name } children { name } hobbies interactions { totalCount }";

	private String parent;

	private String child;

	@BeforeEach
	void aFamilyWithEveryPersonalDetail() {
		parent = create("Pat", "Parent");
		child = create("Cid", "Child");
		JsonNode referral = ok(AGENT, "mutation($c: ID!, $r: ID!) { recordReferral(input: {contactId: $c, referrerId: $r}) "
				+ "{ userErrors { code message } } }", Map.of("c", child, "r", parent)).at("recordReferral.userErrors");
		assertThat(referral).as(referral.toString()).isEmpty();
		ok(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) { deal { id } } }",
				Map.of("c", List.of(child)));
	}

	private String create(String first, String last) {
		String id = ok(AGENT, """
				mutation($f: String!, $l: String!, $phone: String!, $email: String!) { createContact(input: {firstName: $f, lastName: $l, company: "Acme",
				  phones: [{number: $phone}], emails: [{address: $email}],
				  addresses: [{lines: ["1 Main St"], city: "Springfield", postalCode: "62701", country: "US"}],
				  birthday: "1980-03-07", anniversary: "--06-01", spouse: {name: "Sam"}, children: [{name: "Kit"}],
				  hobbies: ["golf"]}) { contact { id } userErrors { field message } } }""", Map.of("f", first, "l", last, "phone",
						first.equals("Pat") ? "+1 312 555 0100" : "+1 312 555 0101", "email", first + "@example.com"))
			.at("createContact").toString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		assertThat(id).as(id).doesNotContain("{");
		ok(AGENT, "mutation($id: ID!) { logInteraction(input: {contactId: $id, kind: CALL, summary: \"hi\"}) { interaction { id } } }",
				Map.of("id", id));
		return id;
	}

	@Test
	void everyRoleSeesExactlyThePersonalFieldsItMayThroughEveryQuery() {
		Map<String, String> queries = Map.of(
				"contact", "query($p: ID!) { x: contact(id: $p) { " + FIELDS + " } }",
				"contacts", "{ x: contacts(filter: {search: \"Pat\"}) { edges { node { " + FIELDS + " } } } }",
				"referralTree", "query($p: ID!) { x: referralTree(rootId: $p) { edges { node { contact { " + FIELDS + " } } } } }",
				"ancestry", "query($c: ID!) { x: contact(id: $c) { ancestry { ... on Contact { " + FIELDS + " } } } }",
				"deals", "{ x: deals { edges { node { contacts { " + FIELDS + " } } } } }");
		queries.forEach((entry, query) -> ROLES.forEach((role, token) -> {
			Map<String, Object> variables = new java.util.HashMap<>();
			if (query.contains("$p")) {
				variables.put("p", parent);
			}
			if (query.contains("$c")) {
				variables.put("c", child);
			}
			GraphQlHttp.Response response = http.post(token, query, variables);
			assertThat(response.json().path("data").path("x").isNull()).as(entry + " as " + role + " " + variables + " "
					+ response.body()).isFalse();
			JsonNode contacts = response.json().path("data").path("x");
			List<JsonNode> found = contacts.findParents("displayName");
			assertThat(found).as(entry + " as " + role + ": " + response.body()).isNotEmpty();
			for (JsonNode c : found) {
				assertThat(c.path("company").asString()).as("business fields for everyone").isEqualTo("Acme");
				for (String field : List.of("phones", "emails", "birthday", "anniversary", "spouse", "children", "hobbies",
						"interactions")) {
					assertThat(c.path(field).isNull()).as("%s.%s as %s", entry, field, role)
						.isEqualTo(!MAY_READ_PERSONAL.contains(role));
				}
				assertThat(c.path("addresses").isNull()).as("%s.addresses as %s", entry, role)
					.isEqualTo(!MAY_READ_ADDRESSES.contains(role));
			}
			List<String> codes = response.json().path("errors").findValuesAsString("code").stream().distinct().toList();
			assertThat(codes).as(entry + " as " + role).isEqualTo(role.equals("ADMIN") || MAY_READ_PERSONAL.contains(role)
					? List.of() : List.of("FORBIDDEN"));
		}));
	}

	@Test
	void everyRestEndpointWithContactDataFollowsTheSameRule() {
		Map<String, Set<String>> allowed = new LinkedHashMap<>();
		allowed.put("/exports/contacts.csv", MAY_READ_PERSONAL);
		allowed.put("/exports/contacts.vcf", MAY_READ_PERSONAL);
		allowed.put("/exports/mailing-labels.csv", MAY_READ_ADDRESSES);
		allowed.put("/reports/channel-roi.csv?from=2026-01-01&to=2026-03-31", Set.of("ADMIN", "BROKER", "MARKETING"));
		allowed.forEach((path, roles) -> ROLES.forEach((role, token) -> {
			var response = http.send(HttpRequest.newBuilder(http.uri(path)).header("Authorization", "Bearer " + token).build());
			assertThat(response.status()).as(path + " as " + role).isEqualTo(roles.contains(role) ? 200 : 403);
		}));
		var anonymous = http.send(HttpRequest.newBuilder(http.uri("/exports/contacts.csv")).build());
		assertThat(anonymous.status()).isEqualTo(401);
	}

}
