package com.rootline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.rootline.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** What the reports' fixtures set up through the API: outlets, contacts and their origins. */
abstract class ReportFixtures extends IntegrationTest {

	String outlet(String type, String name) {
		return ok(MARKETING, "mutation($t: ID!, $n: String!) { createMediaOutlet(input: {mediaTypeId: $t, name: $n}) { outlet { id } } }",
				Map.of("t", "media-type-" + type, "n", name)).at("createMediaOutlet.outlet.id").asString();
	}

	String contact(String name) {
		return ok(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n}) { contact { id } userErrors { code } } }",
				Map.of("n", name)).at("createContact.contact.id").asString();
	}

	String partner(String name) {
		return ok(BROKER, "mutation($n: String!) { createAgent(input: {kind: PARTNER, role: LENDER, name: $n}) { agent { id } } }",
				Map.of("n", name)).at("createAgent.agent.id").asString();
	}

	void lead(String contact, String outlet) {
		origin("recordLeadSource(input: {contactId: $c, outletId: $o, heardOn: \"2025-06-01\"})", contact, outlet);
	}

	void refer(String contact, String referrer) {
		origin("recordReferral(input: {contactId: $c, referrerId: $o, referredOn: \"2025-07-01\"})", contact, referrer);
	}

	private void origin(String mutation, String contact, String to) {
		JsonNode errors = ok(AGENT, "mutation($c: ID!, $o: ID!) { r: " + mutation + " { userErrors { code } } }",
				Map.of("c", contact, "o", to)).at("r.userErrors");
		assertThat(errors).isEmpty();
	}

}
