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

	private byte[] resource(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/imports/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void outlookComsExportIsRead() throws IOException {
		JsonNode job = importAndWait("outlook.csv", resource("outlook-com.csv"), Map.of());
		assertThat(job.path("format").asString()).isEqualTo("OUTLOOK_CSV");
		assertThat(job.path("created").asInt()).as(job.toString()).isEqualTo(1);
		JsonNode ingrid = ok(AGENT, "{ contacts(filter: {search: \"berg\"}) { edges { node { firstName lastName nickname "
				+ "company jobTitle birthday anniversary spouse { name } hobbies emails { address } phones { type e164 } "
				+ "addresses { city } } } } }", Map.of()).at("contacts.edges").get(0).path("node");
		assertThat(List.of(ingrid.path("firstName").asString(), ingrid.path("lastName").asString(),
				ingrid.path("nickname").asString(), ingrid.path("company").asString(), ingrid.path("jobTitle").asString()))
			.containsExactly("Ingrid", "Berg", "Inga", "Berg Homes", "Broker");
		assertThat(ingrid.path("birthday").asString()).isEqualTo("1981-04-12");
		assertThat(ingrid.path("anniversary").asString()).isEqualTo("2009-06-20");
		assertThat(ingrid.at("/spouse/name").asString()).isEqualTo("Lars Berg");
		assertThat(ingrid.path("phones").toString()).contains("\"WORK\"", "+12065550171", "\"MOBILE\"", "+12065550172");
		assertThat(ingrid.path("addresses").toString()).contains("Seattle");
	}

	@Test
	void outlookExpressWithOnlyAWholeNameIsRead() throws IOException {
		JsonNode job = importAndWait("express.csv", resource("outlook-express.csv"), Map.of());
		assertThat(job.path("format").asString()).isEqualTo("OUTLOOK_CSV");
		assertThat(List.of(job.path("created").asInt(), job.path("failed").asInt())).as(job.toString()).containsExactly(2, 0);
		JsonNode priya = ok(AGENT, "{ contacts(filter: {search: \"priya\"}) { edges { node { firstName lastName company } } } }",
				Map.of()).at("contacts.edges").get(0).path("node");
		assertThat(List.of(priya.path("firstName").asString(), priya.path("lastName").asString(), priya.path("company").asString()))
			.containsExactly("Priya Raman", "Iyer", "Iyer Lending");
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
