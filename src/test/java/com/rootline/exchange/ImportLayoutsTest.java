package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Files are recognised or refused up front: Google's older CSV layout reads, a foreign header does not. */
class ImportLayoutsTest extends ImportTestSupport {

	@Test
	void googlesOlderLayoutIsReadLikeTheCurrentOne() throws IOException {
		byte[] file;
		try (InputStream in = getClass().getResourceAsStream("/imports/google-older-layout.csv")) {
			file = in.readAllBytes();
		}
		JsonNode job = importAndWait("old.csv", file, Map.of());
		assertThat(job.path("format").asString()).isEqualTo("GOOGLE_CSV");
		assertThat(List.of(job.path("created").asInt(), job.path("failed").asInt())).as(job.toString()).containsExactly(2, 1);
		JsonNode helen = ok(AGENT, """
				{ contacts(filter: {search: "ortiz"}) { edges { node { firstName lastName nickname company jobTitle hobbies
				  groups spouse { name } anniversary emails { type address } phones { type e164 } addresses { city postalCode } } } } }""",
				Map.of()).at("contacts.edges").get(0).path("node");
		assertThat(List.of(helen.path("firstName").asString(), helen.path("lastName").asString(), helen.path("nickname").asString(),
				helen.path("company").asString(), helen.path("jobTitle").asString()))
			.containsExactly("Helen", "Ortiz", "Nell", "Ortiz Design", "Owner");
		assertThat(helen.path("groups").toString()).isEqualTo("[\"Sellers\"]");
		assertThat(helen.path("hobbies").toString()).isEqualTo("[\"Sailing\"]");
		assertThat(helen.at("/spouse/name").asString()).isEqualTo("Marco Ortiz");
		assertThat(helen.path("anniversary").asString()).isEqualTo("2001-06-09");
		assertThat(helen.path("emails").toString()).contains("\"HOME\"", "helen@example.com", "\"WORK\"", "h.ortiz@ortiz.example");
		assertThat(helen.path("phones").toString()).contains("\"MOBILE\"", "+14155550141");
		assertThat(helen.path("addresses").toString()).contains("San Francisco", "94110");
		JsonNode dave = ok(AGENT, "{ contacts(filter: {search: \"dave\"}) { edges { node { birthday phones { type } } } } }",
				Map.of()).at("contacts.edges").get(0).path("node");
		assertThat(dave.path("birthday").asString()).isEqualTo("--11-02");
		assertThat(dave.path("phones").toString()).contains("WORK");
	}

	@Test
	void aHeaderWithNoneOfTheLayoutsNameColumnsIsRefusedBeforeAnyRow() {
		byte[] file = "Foo,Bar,Baz\r\n1,2,3\r\n4,5,6\r\n".getBytes(StandardCharsets.UTF_8);
		JsonNode job = importAndWait("odd.csv", file, Map.of("format", "GOOGLE_CSV"));
		assertThat(job.path("status").asString()).isEqualTo("FAILED");
		assertThat(job.path("processed").asInt()).isZero();
		assertThat(job.path("message").asString())
			.startsWith("The first line has none of the columns a GOOGLE_CSV file names people with")
			.contains("it has Foo, Bar, Baz");
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isZero();
	}

}
