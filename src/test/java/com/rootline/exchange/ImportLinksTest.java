package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An import's links are written a batch at a time (four per batch in the tests): a batch decides
 * each link exactly as the same links one by one would — chains and forward references inside a
 * batch, a loop through an earlier link of the batch, a second origin for one row, a repeat of the
 * whole file — and leaves every maintained fact equal to its rebuild from scratch.
 */
class ImportLinksTest extends ImportTestSupport {

	private static final String FILE = """
			Rootline Id,External Id,First Name,Last Name,Emails,Referred By,Referred On,Lead Source
			,x-a,Amy,Chain,,x-b,2026-03-02,
			,x-b,Ben,Chain,,,2026-03-01,KXYZ Radio
			,x-c,Cat,Chain,,x-a,2026-03-03,
			,x-d,Dee,Deal,WORK: dee@example.com,x-c,2026-03-04,
			,x-p,Pat,Loop,,x-q,2026-03-05,
			,x-q,Quin,Loop,,x-p,2026-03-06,
			,x-r,Rae,Both,,ann@example.com,2026-03-07,KXYZ Radio
			,x-s,Sam,Self,,x-s,,
			,x-t,Tom,Future,,x-a,2099-01-01,
			""".replace("\n", "\r\n");

	@Test
	void batchesOfLinksDecideAsOneByOneAndKeepEveryFactTrue() {
		String outlet = ok(MARKETING, "mutation { createMediaOutlet(input: {mediaTypeId: \"media-type-radio\", "
				+ "name: \"KXYZ Radio\"}) { outlet { id } } }", Map.of()).at("createMediaOutlet.outlet.id").asString();
		String ann = contact("Ann", "Known", "ann@example.com");
		ok(AGENT, "mutation($c: ID!, $o: ID!) { recordLeadSource(input: {contactId: $c, outletId: $o, heardOn: \"2026-01-05\"}) "
				+ "{ userErrors { code } } }", Map.of("c", ann, "o", outlet));
		// Dee is already a client with a closed deal: linking her moves revenue into the imported tree.
		String dee = contact("Dee", "Deal", "dee@example.com");
		String deal = ok(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) { deal { id } } }",
				Map.of("c", List.of(dee))).at("createDeal.deal.id").asString();
		ok(AGENT, "mutation($d: ID!) { closeDeal(input: {id: $d, revenue: \"12000.00\", closedOn: \"2026-04-01\"}) "
				+ "{ deal { id } } }", Map.of("d", deal));

		JsonNode job = importAndWait("links.csv", FILE.getBytes(StandardCharsets.UTF_8), Map.of("onDuplicate", "UPDATE"));
		assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
		assertThat(List.of(job.path("created").asInt(), job.path("updated").asInt(), job.path("linked").asInt(),
				job.path("failed").asInt())).as(job.toString()).containsExactly(8, 1, 6, 4);
		assertThat(errors(job)).containsExactlyInAnyOrder("7,Referred By,REFERRAL_CYCLE", "8,Referred By,ALREADY_REFERRED",
				"9,Referred By,SELF_REFERRAL", "10,Referred By,INVALID");

		// The chain made inside one batch, forward reference included, reads from the outlet down.
		JsonNode deeAncestry = ok(AGENT, "query($id: ID!) { contact(id: $id) { ancestry { __typename "
				+ "... on Contact { displayName } ... on MediaOutlet { name } } } }", Map.of("id", dee)).at("contact.ancestry");
		assertThat(deeAncestry.findValuesAsString("displayName")).containsExactly("Cat Chain", "Amy Chain", "Ben Chain");
		assertThat(deeAncestry.findValuesAsString("name")).containsExactly("KXYZ Radio");
		JsonNode ben = ok(AGENT, "{ contacts(filter: {search: \"Ben\"}) { edges { node { "
				+ "subtree { direct descendants businessValue } } } } }", Map.of()).at("contacts.edges").get(0).at("/node");
		assertThat(ben.at("/subtree/direct").asInt()).isEqualTo(1);
		assertThat(ben.at("/subtree/descendants").asInt()).isEqualTo(3);
		assertThat(ben.at("/subtree/businessValue").asString()).isEqualTo("12000.00");
		assertThat(count("MATCH (:Contact {firstName: 'Quin'})-[:REFERRED_BY]->() RETURN count(*)"))
			.as("the loop's second link is refused").isZero();
		assertThat(count("MATCH (:Contact {firstName: 'Rae'})-[:REFERRED_BY]->() RETURN count(*)")).isOne();
		assertMaintainedFactsTrue();

		// The same file again: every link that was made is a harmless repeat, the refusals stand.
		JsonNode again = importAndWait("links.csv", FILE.getBytes(StandardCharsets.UTF_8), Map.of("onDuplicate", "UPDATE"));
		assertThat(List.of(again.path("created").asInt(), again.path("updated").asInt(), again.path("linked").asInt(),
				again.path("failed").asInt())).as(again.toString()).containsExactly(0, 9, 6, 4);
		assertThat(count("MATCH (:Contact)-[r:REFERRED_BY]->() RETURN count(r)")).isEqualTo(7);
		assertThat(count("MATCH (:Contact)-[r:FORMERLY_REFERRED_BY]->() RETURN count(r)")).isZero();
		assertMaintainedFactsTrue();
	}

	private String contact(String firstName, String lastName, String email) {
		return ok(AGENT, "mutation($f: String!, $l: String!, $e: String!) { createContact(input: {firstName: $f, "
				+ "lastName: $l, emails: [{address: $e}]}) { contact { id } } }", Map.of("f", firstName, "l", lastName, "e", email))
			.at("createContact.contact.id").asString();
	}

	private List<String> errors(JsonNode job) {
		String csv = http.send(HttpRequest.newBuilder(http.uri("/imports/" + job.path("id").asString() + "/errors.csv"))
			.header("Authorization", "Bearer " + AGENT)
			.build()).body();
		return csv.lines().skip(1).map(l -> String.join(",", List.of(l.split(",")).subList(0, 3))).toList();
	}

}
