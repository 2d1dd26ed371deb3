package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.rootline.support.GraphQlHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Clean text in, clean text out: control characters and half characters are refused naming the
 * field (or the file's column), text is stored in NFC, dates stay within 1900 to 2200, and exports
 * never carry a control character, even one stored before these checks.
 */
class CleanTextTest extends ImportTestSupport {

	private static final String CREATE = "mutation($input: CreateContactInput!) { createContact(input: $input) "
			+ "{ contact { id firstName groups tags } userErrors { field code } } }";

	@Test
	void controlCharactersAndHalfCharactersAreRefusedNamingTheField() {
		for (Map<String, Object> input : List.of(Map.<String, Object>of("firstName", "Ann\u0000"),
				Map.<String, Object>of("firstName", "Ann", "groups", List.of("Buyers", "\u001b[31mred")),
				Map.<String, Object>of("firstName", "Ann", "hobbies", List.of("golf\u0085")),
				Map.<String, Object>of("firstName", "Ann", "addresses", List.of(Map.of("lines", List.of("1 Main\u0007 St")))))) {
			var response = gql(AGENT, CREATE, Map.of("input", input));
			assertThat(response.errorCode()).as(input.toString()).isEqualTo("VALIDATION_FAILED");
			JsonNode problem = response.errors().get(0).path("extensions").path("userErrors").get(0);
			assertThat(problem.path("code").asString()).isEqualTo("INVALID");
			assertThat(problem.path("field").get(0).asString()).isEqualTo("input");
		}
		// A lone surrogate can only be sent escaped: a Java client would turn it into "?" before sending.
		var half = http.postRaw(AGENT, "{\"query\":\"mutation($t: [String!]) { createContact(input: {firstName: \\\"Ann\\\", "
				+ "tags: $t}) { contact { id } } }\",\"variables\":{\"t\":[\"half \\ud83d\"]}}", "application/graphql-response+json");
		assertThat(half.json().path("errors").path(0).path("extensions").path("userErrors").path(0).path("code").asString())
			.as(half.body()).isEqualTo("INVALID");
		var nested = gql(AGENT, CREATE, Map.of("input", Map.of("firstName", "Ann", "addresses",
				List.of(Map.of("lines", List.of("ok", "1 Main\u0007 St"))))));
		assertThat(nested.errors().get(0).path("extensions").path("userErrors").get(0).path("field").toString())
			.isEqualTo("[\"input\",\"addresses\",\"0\",\"lines\",\"1\"]");
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).as("nothing half-written").isZero();
	}

	@Test
	void textIsStoredInNfcAndLineBreaksStayWhereTheyBelong() {
		JsonNode created = ok(AGENT, CREATE, Map.of("input", Map.of("firstName", "Rene\u0301", "lastName", "Tab\tby")))
			.at("createContact.contact");
		assertThat(created.path("firstName").asString()).isEqualTo("Ren\u00e9");
		JsonNode logged = ok(AGENT, "mutation($id: ID!) { logInteraction(input: {contactId: $id, kind: NOTE, "
				+ "summary: \"line one\\nline two\"}) { interaction { summary } } }", Map.of("id", created.path("id").asString()))
			.at("logInteraction.interaction");
		assertThat(logged.path("summary").asString()).isEqualTo("line one\nline two");
		assertThat(count("MATCH (c:Contact {firstName: 'Ren\u00e9'}) RETURN count(c)")).isOne();
	}

	@Test
	void datesOutsideNineteenHundredToTwentyTwoHundredAreRefused() {
		ok(MARKETING, "mutation { createMediaOutlet(input: {mediaTypeId: \"media-type-radio\", name: \"KXYZ\"}) { outlet { id } } }",
				Map.of());
		String outlet = ok(MARKETING, "{ mediaOutlets { id } }", Map.of()).at("mediaOutlets").get(0).path("id").asString();
		for (String day : List.of("0000-01-01", "1899-12-31", "2201-01-01")) {
			var response = gql(MARKETING, "mutation($o: ID!, $d: Date!) { recordAdSpend(input: {outletId: $o, amount: \"10\", "
					+ "spentOn: $d}) { adSpend { id } } }", Map.of("o", outlet, "d", day));
			assertThat(response.errorCode()).as(day).isEqualTo("VALIDATION_FAILED");
		}
		assertThat(gql(AGENT, CREATE, Map.of("input", Map.of("firstName", "Old", "birthday", "1850-03-07"))).errorCode())
			.isEqualTo("VALIDATION_FAILED");
		assertThat(ok(AGENT, CREATE, Map.of("input", Map.of("firstName", "Yearless", "birthday", "--03-07")))
			.at("createContact.contact.id").asString()).isNotEmpty();
		assertThat(count("MATCH (s:AdSpend) RETURN count(s)")).isZero();
	}

	@Test
	void anImportedCellWithAControlCharacterFailsItsRowNamingTheColumn() {
		byte[] file = "First Name,Last Name,Nickname\r\nAda,Lovelace,\r\nBad,Row,nick\u001b[2J\r\n"
			.getBytes(StandardCharsets.UTF_8);
		JsonNode job = importAndWait("ctl.csv", file, Map.of("format", "GOOGLE_CSV"));
		assertThat(List.of(job.path("created").asInt(), job.path("failed").asInt())).containsExactly(1, 1);
		var errors = http.send(HttpRequest.newBuilder(http.uri("/imports/" + job.path("id").asString() + "/errors.csv"))
			.header("Authorization", "Bearer " + AGENT).build());
		assertThat(errors.body()).contains("3,Nickname,INVALID,The text contains the control character U+001B");
	}

	@Test
	void exportsNeverCarryAControlCharacterEvenOneStoredBefore() {
		String id = ok(AGENT, CREATE, Map.of("input", Map.of("firstName", "Old", "lastName", "Data"))).at("createContact.contact.id")
			.asString();
		try (var session = driver.session()) {
			session.run("MATCH (c:Contact {id: $id}) SET c.nickname = 'ni\u0000ck\u001b', c.company = 'Acme\u0007'",
					Map.of("id", id)).consume();
		}
		for (String path : List.of("/exports/contacts.csv", "/exports/contacts.vcf")) {
			GraphQlHttp.Response export = http.send(HttpRequest.newBuilder(http.uri(path))
				.header("Authorization", "Bearer " + BROKER).build());
			assertThat(export.status()).isEqualTo(200);
			assertThat(export.body()).as(path).contains("Acme").doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
		}
	}

}
