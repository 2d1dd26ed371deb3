package com.rootline.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Team agents and partners, contact ownership, and tokens acting as an agent. */
class AgentApiTest extends IntegrationTest {

	private static final String CREATE = "mutation($input: CreateAgentInput!) { createAgent(input: $input) { "
			+ "agent { id kind role name company version active } userErrors { field code message } } }";

	private String agent(String kind, String role, String name) {
		Response r = ok(BROKER, CREATE, Map.of("input", Map.of("kind", kind, "role", role, "name", name)));
		assertThat(r.at("createAgent.userErrors")).isEmpty();
		return r.at("createAgent.agent.id").asString();
	}

	@Test
	void createsListsAndUpdatesAgentsWithVersions() {
		String ann = agent("TEAM", "LOAN_OFFICER", "Ann Lender");
		agent("PARTNER", "BUILDER", "Bob Builder");
		agent("PARTNER", "OUTSIDE_AGENT", "Ángel Realty");

		Response wrongRole = ok(BROKER, CREATE, Map.of("input", Map.of("kind", "PARTNER", "role", "BROKER", "name", "X")));
		assertThat(wrongRole.at("createAgent.userErrors/0/code").asString()).isEqualTo("WRONG_AGENT_KIND");
		assertThat(wrongRole.at("createAgent.userErrors/0/field").toString()).isEqualTo("[\"input\",\"role\"]");
		assertThat(gql(AGENT, CREATE, Map.of("input", Map.of("kind", "TEAM", "role", "AGENT", "name", "Y"))).errorCode())
			.isEqualTo("FORBIDDEN");

		JsonNode all = ok("{ agents { totalCount edges { node { name } } } }", Map.of()).at("agents");
		assertThat(all.path("totalCount").asInt()).isEqualTo(3);
		assertThat(all.findValuesAsString("name")).containsExactly("Ángel Realty", "Ann Lender", "Bob Builder");
		JsonNode partners = ok("{ agents(filter: {kind: PARTNER}, first: 1) { totalCount edges { node { name } } "
				+ "pageInfo { hasNextPage endCursor } } }", Map.of()).at("agents");
		assertThat(partners.path("totalCount").asInt()).isEqualTo(2);
		assertThat(partners.findValuesAsString("name")).containsExactly("Ángel Realty");
		JsonNode next = ok("query($a: String) { agents(filter: {kind: PARTNER}, first: 1, after: $a) { edges { node { name } } } }",
				Map.of("a", partners.path("pageInfo").path("endCursor").asString())).at("agents");
		assertThat(next.findValuesAsString("name")).containsExactly("Bob Builder");
		assertThat(ok("{ agents(filter: {search: \"ang\"}) { totalCount } }", Map.of()).at("agents.totalCount").asInt())
			.isEqualTo(1);

		String update = "mutation($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { name company version active } "
				+ "userErrors { code } } }";
		JsonNode updated = ok(BROKER, update, Map.of("input", Map.of("id", ann, "expectedVersion", 1, "company", "Mortgage Co",
				"active", false))).at("updateAgent.agent");
		assertThat(updated.path("company").asString()).isEqualTo("Mortgage Co");
		assertThat(updated.path("name").asString()).isEqualTo("Ann Lender");
		assertThat(updated.path("version").asInt()).isEqualTo(2);
		assertThat(updated.path("active").asBoolean()).isFalse();
		Response stale = ok(BROKER, update, Map.of("input", Map.of("id", ann, "expectedVersion", 1, "name", "Other")));
		assertThat(stale.at("updateAgent.userErrors/0/code").asString()).isEqualTo("VERSION_CONFLICT");
		assertThat(ok("query($id: ID!) { agent(id: $id) { name } }", Map.of("id", ann)).at("agent.name").asString())
			.isEqualTo("Ann Lender");
	}

	@Test
	void teamAgentsOwnContactsAndTokensCanActAsThem() {
		String owner = agent("TEAM", "AGENT", "Olive Owner");
		String partner = agent("PARTNER", "LENDER", "Pat Lender");
		String contact = ok(AGENT, "mutation { createContact(input: {firstName: \"Cleo\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		ok(AGENT, "mutation { createContact(input: {firstName: \"Dora\"}) { contact { id } } }", Map.of());

		String assign = "mutation($c: ID!, $a: ID) { assignContact(input: {contactId: $c, agentId: $a}) { "
				+ "contact { owner { name } } userErrors { field code } } }";
		assertThat(ok(BROKER, assign, Map.of("c", contact, "a", owner)).at("assignContact.contact.owner.name").asString())
			.isEqualTo("Olive Owner");
		Response toPartner = ok(BROKER, assign, Map.of("c", contact, "a", partner));
		assertThat(toPartner.at("assignContact.userErrors/0/code").asString()).isEqualTo("WRONG_AGENT_KIND");

		JsonNode owned = ok("query($a: ID) { contacts(filter: {ownerId: $a}) { totalCount edges { node { firstName owner { name } } } } }",
				Map.of("a", owner)).at("contacts");
		assertThat(owned.path("totalCount").asInt()).isEqualTo(1);
		assertThat(owned.findValuesAsString("firstName")).containsExactly("Cleo");
		assertThat(count("MATCH (:Agent)-[o:OWNS]->(:Contact {id: $c}) RETURN count(o)", Map.of("c", contact)))
			.isEqualTo(1);

		Response token = ok("mutation($a: ID) { createApiToken(input: {name: \"olive\", roles: [AGENT], agentId: $a}) { "
				+ "secret token { agentId } userErrors { field code } } }", Map.of("a", owner));
		String secret = token.at("createApiToken.secret").asString();
		assertThat(ok(secret, "{ me { agentId roles } }", Map.of()).at("me.agentId").asString()).isEqualTo(owner);
		Response bad = ok("mutation($a: ID) { createApiToken(input: {name: \"x\", roles: [AGENT], agentId: $a}) { "
				+ "userErrors { field code } } }", Map.of("a", partner));
		assertThat(bad.at("createApiToken.userErrors/0/field").toString()).isEqualTo("[\"input\",\"agentId\"]");

		Map<String, Object> clear = new java.util.HashMap<>();
		clear.put("c", contact);
		clear.put("a", null);
		assertThat(ok(BROKER, assign, clear).at("assignContact.contact.owner").isNull()).isTrue();
		assertThat(List.of(count("MATCH (:Agent)-[o:OWNS]->() RETURN count(o)"))).containsExactly(0L);
	}

}
