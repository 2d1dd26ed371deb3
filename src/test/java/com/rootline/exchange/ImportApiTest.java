package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rootline.security.Caller;
import com.rootline.security.Role;
import com.rootline.support.GraphQlHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Imports over real HTTP with files modelled on what Google, Outlook and phones export, each run as
 * a job by the runner. Chunks are 4 rows in tests, so that every file spans several transactions.
 */
class ImportApiTest extends ImportTestSupport {

	private static final String CONTACT_FIELDS = """
			id displayName prefix firstName lastName nickname company jobTitle birthday anniversary
			spouse { name } children { name } hobbies groups tags
			emails { type address } phones { type number e164 }
			addresses { type lines city region postalCode country }
			interactions(first: 5) { edges { node { kind summary } } }""";

	@Autowired
	ImportRunner runner;

	@Autowired
	ImportJobs jobs;

	private static byte[] resource(String name) {
		try (InputStream in = ImportApiTest.class.getResourceAsStream("/imports/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode contactNamed(String search) {
		JsonNode edges = ok(AGENT, "query($s: String!) { contacts(filter: {search: $s}) { edges { node { " + CONTACT_FIELDS
				+ " } } } }", Map.of("s", search)).at("contacts.edges");
		assertThat(edges).as(search).hasSize(1);
		return edges.get(0).path("node");
	}

	@Test
	void googleContactsWithMultiValueCellsLabelsAndAYearlessBirthday() {
		JsonNode job = importAndWait("google.csv", resource("google.csv"), Map.of("group", "Imported 2026"));
		assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(job.path("format").asString()).isEqualTo("GOOGLE_CSV");
		assertThat(job.path("encoding").asString()).isEqualTo("UTF-8");
		assertThat(job.path("total").asInt()).isEqualTo(3);
		assertThat(job.path("created").asInt()).isEqualTo(3);

		JsonNode maria = contactNamed("maria");
		assertThat(maria.path("displayName").asString()).isEqualTo("Dr. Maria García");
		assertThat(maria.path("nickname").asString()).isEqualTo("Mari");
		assertThat(maria.path("birthday").asString()).isEqualTo("--03-07");
		assertThat(maria.path("anniversary").asString()).isEqualTo("2005-06-18");
		assertThat(maria.path("spouse").path("name").asString()).isEqualTo("Luis García");
		assertThat(maria.path("children").findValuesAsString("name")).containsExactly("Sofia");
		assertThat(maria.path("groups").valueStream().map(JsonNode::asString).toList())
			.containsExactly("Buyers", "Imported 2026");
		assertThat(maria.path("emails").findValuesAsString("address"))
			.containsExactly("maria@example.com", "maria.garcia@example.org", "mgarcia@casa.example");
		assertThat(maria.path("phones").findValuesAsString("e164")).containsExactly("+14155550101", "+14155550102");
		assertThat(maria.path("phones").get(0).path("type").asString()).isEqualTo("MOBILE");
		JsonNode address = maria.path("addresses").get(0);
		assertThat(address.path("lines").valueStream().map(JsonNode::asString).toList())
			.containsExactly("12 Oak Street", "Apt 4");
		assertThat(address.path("country").asString()).isEqualTo("US");
		assertThat(maria.at("/interactions/edges/0/node/kind").asString()).isEqualTo("NOTE");
		assertThat(maria.at("/interactions/edges/0/node/summary").asString()).contains("\"Camaro\" storage");
		assertThat(contactNamed("Tom").path("birthday").asString()).isEqualTo("1980-11-02");

		// The same file again: every row matches (by e-mail, phone, or the row's fingerprint) and is skipped.
		JsonNode again = importAndWait("google.csv", resource("google.csv"), Map.of("onDuplicate", "SKIP"));
		assertThat(again.path("skipped").asInt()).isEqualTo(3);
		assertThat(again.path("created").asInt()).isZero();
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isEqualTo(3);

		// With UPDATE the rows are merged in again, and the note is not logged twice.
		JsonNode updated = importAndWait("google.csv", resource("google.csv"), Map.of("onDuplicate", "UPDATE"));
		assertThat(updated.path("updated").asInt()).isEqualTo(3);
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isEqualTo(3);
		assertThat(count("MATCH (:Contact)-[:HAD]->(i:Interaction {kind: 'NOTE'}) RETURN count(i)")).isOne();
		// An ended job's upload is deleted: its outcome is in the graph.
		assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("target/test-imports", job.path("id").asString())))
			.isFalse();
	}

	@Test
	void outlookInWindows1252WithSpouseChildrenAndAnniversary() {
		JsonNode job = importAndWait("contacts.csv", resource("outlook-windows-1252.csv"), Map.of());
		assertThat(job.path("format").asString()).isEqualTo("OUTLOOK_CSV");
		assertThat(job.path("encoding").asString()).isEqualTo("windows-1252");
		assertThat(job.path("created").asInt()).isEqualTo(2);
		JsonNode jose = contactNamed("Müller");
		assertThat(jose.path("displayName").asString()).isEqualTo("Mr. José Müller");
		assertThat(jose.path("company").asString()).isEqualTo("Café Olé");
		assertThat(jose.path("jobTitle").asString()).isEqualTo("Größter Chef");
		assertThat(jose.path("birthday").asString()).isEqualTo("1980-03-07");
		assertThat(jose.path("anniversary").asString()).isEqualTo("2005-06-18");
		assertThat(jose.path("spouse").path("name").asString()).isEqualTo("Renée Müller");
		assertThat(jose.path("children").findValuesAsString("name")).containsExactly("Zoë", "Noé");
		assertThat(jose.path("hobbies").valueStream().map(JsonNode::asString).toList()).containsExactly("Golf", "Cooking");
		assertThat(jose.path("groups").valueStream().map(JsonNode::asString).toList()).containsExactly("Golf", "Past Clients");
		assertThat(jose.at("/addresses/0/city").asString()).isEqualTo("Montréal");
		assertThat(jose.at("/addresses/0/country").asString()).isEqualTo("CA");
		assertThat(jose.at("/interactions/edges/0/node/summary").asString()).isEqualTo("Prefers French — call after 6pm");
		assertThat(contactNamed("Ann").path("birthday").isNull()).isTrue();
	}

	@Test
	void vcardsOfThreeVersionsInOneFile() {
		JsonNode job = importAndWait("phone.vcf", resource("contacts.vcf"), Map.of("tag", "phone"));
		assertThat(job.path("format").asString()).isEqualTo("VCARD");
		assertThat(job.path("created").asInt()).as(job.toString()).isEqualTo(3);
		JsonNode jan = contactNamed("Kowalski");
		assertThat(jan.at("/interactions/edges/0/node/summary").asString()).isEqualTo("Lubi żeglowanie\r\nDwie linie");
		assertThat(jan.at("/phones/0/type").asString()).isEqualTo("MOBILE");
		assertThat(jan.path("tags").valueStream().map(JsonNode::asString).toList()).containsExactly("phone");
		JsonNode anh = contactNamed("Nguyen");
		assertThat(anh.path("company").asString()).isEqualTo("Nguyen Homes");
		assertThat(anh.path("jobTitle").asString()).isEqualTo("Broker");
		assertThat(anh.path("birthday").asString()).isEqualTo("1975-09-21");
		assertThat(anh.path("emails").findValuesAsString("type")).containsExactly("WORK", "HOME");
		assertThat(anh.at("/addresses/0/country").asString()).isEqualTo("US");
		assertThat(anh.path("groups").valueStream().map(JsonNode::asString).toList()).containsExactly("Investors", "Sphere");
		assertThat(anh.at("/interactions/edges/0/node/summary").asString())
			.isEqualTo("A long note that is folded over two lines by the exporter.");
		JsonNode chidi = contactNamed("Okafor");
		assertThat(chidi.path("birthday").asString()).isEqualTo("--03-07");
		assertThat(chidi.path("anniversary").asString()).isEqualTo("2010-06-12");
		assertThat(chidi.path("spouse").path("name").asString()).isEqualTo("Ada Okafor");
		assertThat(chidi.at("/phones/0/e164").asString()).isEqualTo("+14045550190");
		assertThat(count("MATCH (c:Contact {externalId: 'urn:uuid:anh-0001'}) RETURN count(c)")).isOne();
	}

	@Test
	void badRowsAreCountedAndListedWhileGoodRowsCommit() {
		JsonNode dry = importAndWait("bad.csv", resource("google-bad-rows.csv"), Map.of("dryRun", "true"));
		assertThat(dry.path("dryRun").asBoolean()).isTrue();
		assertThat(List.of(dry.path("created").asInt(), dry.path("failed").asInt())).containsExactly(2, 2);
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isZero();

		JsonNode job = importAndWait("bad.csv", resource("google-bad-rows.csv"), Map.of());
		assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(List.of(job.path("processed").asInt(), job.path("created").asInt(), job.path("failed").asInt()))
			.containsExactly(4, 2, 2);
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isEqualTo(2);

		var errors = http.send(HttpRequest.newBuilder(http.uri("/imports/" + job.path("id").asString() + "/errors.csv"))
			.header("Authorization", "Bearer " + AGENT).build());
		assertThat(errors.status()).isEqualTo(200);
		assertThat(errors.body().split("\r\n")).containsExactly("Line,Column,Code,Message",
				"3,E-mail 1 - Value,INVALID_EMAIL," + errors.body().split("\r\n")[1].split(",", 4)[3],
				"4,Birthday,INVALID_DATE," + errors.body().split("\r\n")[2].split(",", 4)[3]);

		assertThat(upload(AGENT, "x.csv", null, Map.of()).status()).isEqualTo(400);
		GraphQlHttp.Response badFormat = upload(AGENT, "x.csv", new byte[] { 'a' }, Map.of("format", "EXCEL"));
		assertThat(badFormat.status()).isEqualTo(400);
		assertThat(badFormat.body()).contains("\"field\":\"format\"");
		assertThat(upload(VIEWER, "x.csv", new byte[] { 'a' }, Map.of()).status()).isEqualTo(403);
		JsonNode unknown = importAndWait("notes.txt", "just some text\n".getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(unknown.path("status").asString()).isEqualTo("FAILED");
		assertThat(unknown.path("message").asString()).contains("format is not recognised");
	}

	@Test
	void levelsAndTypesAreReadAsTheSchemaNamesThemAndAnUnknownLevelIsARowError() {
		String csv = "Rootline Id,First Name,Last Name,Status Level,Phones,Emails,Address 1 Type,Address 1 Lines\r\n"
				+ ",Lower,Case,b,CELL: +1 212 555 0142; fax: +1 212 555 0199,Business: lc@example.com,mailing,1 Elm St\r\n"
				+ ",Hot,Lead,Hot,,,,\r\n";
		JsonNode job = importAndWait("levels.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
		var errors = http.send(HttpRequest.newBuilder(http.uri("/imports/" + job.path("id").asString() + "/errors.csv"))
			.header("Authorization", "Bearer " + AGENT).build());
		assertThat(List.of(job.path("created").asInt(), job.path("failed").asInt())).as(errors.body())
			.containsExactly(1, 1);
		assertThat(errors.body()).contains("3,Status Level,INVALID,");
		var lower = ok(AGENT, "{ contacts(filter: {search: \"Lower\"}) { edges { node { statusLevel phones { type } "
				+ "emails { type } addresses { type } } } } }", Map.of())
			.at("contacts.edges")
			.get(0)
			.path("node");
		assertThat(lower.path("statusLevel").asString()).isEqualTo("B");
		assertThat(lower.path("phones").findValuesAsString("type")).containsExactly("MOBILE", "FAX");
		assertThat(lower.path("emails").findValuesAsString("type")).containsExactly("WORK");
		assertThat(lower.path("addresses").findValuesAsString("type")).containsExactly("MAILING");
	}

	@Test
	void rootlineCsvRebuildsReferralsAndLeadSourcesIncludingForwardReferences() {
		ok(MARKETING, "mutation { createMediaOutlet(input: {mediaTypeId: \"media-type-radio\", name: \"KXYZ Radio\"}) { outlet { id } } }",
				Map.of());
		JsonNode job = importAndWait("rootline.csv", resource("rootline-referrals.csv"), Map.of());
		assertThat(job.path("format").asString()).isEqualTo("ROOTLINE_CSV");
		assertThat(List.of(job.path("created").asInt(), job.path("linked").asInt(), job.path("failed").asInt()))
			.as(job.toString()).containsExactly(4, 3, 1);
		JsonNode gail = ok(AGENT, "{ contacts(filter: {search: \"Gail\"}) { edges { node { ancestry { __typename "
				+ "... on Contact { displayName } ... on MediaOutlet { name } } } } } }", Map.of())
			.at("contacts.edges").get(0).at("/node/ancestry");
		assertThat(gail.findValuesAsString("displayName")).containsExactly("Zed Child", "Ruth Root");
		assertThat(gail.findValuesAsString("name")).containsExactly("KXYZ Radio");
		var errors = http.send(HttpRequest.newBuilder(http.uri("/imports/" + job.path("id").asString() + "/errors.csv"))
			.header("Authorization", "Bearer " + AGENT).build());
		assertThat(errors.body()).contains("5,Referred By,NOT_FOUND");
		// Imported contacts and the referrals between them are in today's gift plan counts.
		assertThat(count("MATCH (c:Contact) WHERE c.descendants > 0 RETURN count(c)")).isPositive();
		assertTouchCountsTrue();
	}

	@Test
	void anInterruptedJobResumesAfterItsLastChunkWithoutDuplicates() {
		StringBuilder file = new StringBuilder("First Name,Last Name,E-mail 1 - Value,Labels\r\n");
		for (int i = 0; i < 18; i++) {
			file.append("Person,N").append(i).append(",p").append(i).append("@example.com,* myContacts\r\n");
		}
		byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
		Caller agent = new Caller("test-agent", "agent", java.util.Set.of(Role.AGENT), null, "token");
		String id = jobs.queue(new java.io.ByteArrayInputStream(bytes), "big.csv",
				new ImportJobs.Request("AUTO", false, "SKIP", null, null), agent);

		// The runner dies after two chunks of four: eight contacts are committed, the lease is left behind.
		ImportRunner.Claimed claimed = runner.claim().orElseThrow();
		assertThat(claimed.id()).isEqualTo(id);
		runner.run(claimed, 2);
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isEqualTo(8);
		assertThat(count("MATCH (j:ImportJob {id: $id, status: 'RUNNING', checkpoint: 8}) RETURN count(j)", Map.of("id", id)))
			.isOne();

		// Another runner takes over once the lease has run out, and continues after the checkpoint.
		try (var session = driver.session()) {
			session.run("MATCH (j:ImportJob {id: $id}) SET j.leaseUntil = datetime() - duration('PT1S')", Map.of("id", id))
				.consume();
		}
		runner.drain();
		JsonNode job = waitFor(id);
		assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(List.of(job.path("processed").asInt(), job.path("created").asInt())).containsExactly(18, 18);
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isEqualTo(18);
		assertThat(count("MATCH (e:EmailAddress)<-[:HAS_EMAIL]-(c:Contact) WITH e, count(c) AS n WHERE n > 1 RETURN count(e)"))
			.isZero();
		assertTouchCountsTrue();
	}

	@Test
	void runnersThatClaimAtTheSameMomentNeverShareAJob() throws Exception {
		Caller agent = new Caller("test-agent", "agent", java.util.Set.of(Role.AGENT), null, "token");
		String id = jobs.queue(new java.io.ByteArrayInputStream("First Name\r\nA\r\n".getBytes(StandardCharsets.UTF_8)),
				"one.csv", new ImportJobs.Request("AUTO", false, "SKIP", null, null), agent);
		var start = new java.util.concurrent.CountDownLatch(1);
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
			List<java.util.concurrent.Future<Boolean>> claims = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				claims.add(pool.submit(() -> {
					start.await();
					return runner.claim().isPresent();
				}));
			}
			start.countDown();
			int claimed = 0;
			for (var claim : claims) {
				claimed += claim.get() ? 1 : 0;
			}
			assertThat(claimed).isOne();
		}
		assertThat(count("MATCH (j:ImportJob {id: $id, status: 'RUNNING'}) RETURN count(j)", Map.of("id", id))).isOne();
	}

	@Test
	void aRoundTripKeepsCustomFieldsAndTheReferralTree() {
		ok(ADMIN, "mutation { defineCustomField(input: {key: \"budget\", label: \"Budget\", type: MONEY}) { userErrors { code } } }",
				Map.of());
		String ann = ok(AGENT, "mutation { createContact(input: {firstName: \"Ann\", lastName: \"Root\", emails: [{address: \"ann@r.example\"}], "
				+ "customFields: [{key: \"budget\", value: \"650000.00\"}]}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		String bob = ok(AGENT, "mutation { createContact(input: {firstName: \"Bob\", lastName: \"Child\", groups: [\"Buyers\"], tags: [\"hot\"]}) { contact { id } } }",
				Map.of()).at("createContact.contact.id").asString();
		String cal = ok(AGENT, "mutation { createContact(input: {firstName: \"Cal\", lastName: \"Grandchild\"}) { contact { id } } }",
				Map.of()).at("createContact.contact.id").asString();
		for (String[] edge : new String[][] { { bob, ann, "2026-01-05" }, { cal, bob, "2026-02-07" } }) {
			ok(AGENT, "mutation($c: ID!, $r: ID!, $on: Date) { recordReferral(input: {contactId: $c, referrerId: $r, referredOn: $on}) { userErrors { code } } }",
					Map.of("c", edge[0], "r", edge[1], "on", edge[2]));
		}
		String tree = "query($id: ID!) { referralTree(rootId: $id) { edges { node { depth contact { displayName groups tags "
				+ "customFields { key value } referredBy { ... on Contact { displayName } } } } } } }";
		JsonNode before = ok(AGENT, tree, Map.of("id", ann)).at("referralTree.edges");
		assertThat(before).hasSize(2);
		String annFields = "query($id: ID!) { contact(id: $id) { displayName customFields { key type value } } }";
		JsonNode annBefore = ok(AGENT, annFields, Map.of("id", ann)).at("contact");
		assertThat(annBefore.path("customFields").findValuesAsString("value")).containsExactly("650000.00");

		var export = http.send(HttpRequest.newBuilder(http.uri("/exports/contacts.csv"))
			.header("Authorization", "Bearer " + BROKER).build());
		try (var session = driver.session()) {
			session.run("MATCH (c:Contact) DETACH DELETE c").consume();
		}
		JsonNode job = importAndWait("backup.csv", export.body().getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(List.of(job.path("created").asInt(), job.path("linked").asInt(), job.path("failed").asInt()))
			.as(job.toString()).containsExactly(3, 2, 0);
		// The Rootline ids come back with the rows, so the tree is rooted at the same id.
		assertThat(ok(AGENT, tree, Map.of("id", ann)).at("referralTree.edges")).isEqualTo(before);
		assertThat(ok(AGENT, annFields, Map.of("id", ann)).at("contact")).isEqualTo(annBefore);
		assertThat(ok(AGENT, "query($id: ID!) { contact(id: $id) { referredBy { ... on Contact { id } } } }", Map.of("id", cal))
			.at("contact.referredBy.id").asString()).isEqualTo(bob);
	}

	@Test
	void anExportImportsBackWithNothingLost() {
		String before = """
				{firstName: "Round", lastName: "Trip", prefix: "Ms.", nickname: "RT", company: "Loop, Inc.",
				 jobTitle: "=Chief", birthday: "--12-24", anniversary: "2001-05-05",
				 spouse: {name: "Sam Trip", birthday: "1970-01-02"}, children: [{name: "Kid", birthday: "2010-10-10"}],
				 hobbies: ["Sailing"], groups: ["Buyers"], tags: ["vip"], active: true, statusLevel: A, contactType: "SPHERE",
				 emails: [{type: WORK, address: "round@trip.example"}], phones: [{type: MOBILE, number: "+1 415 555 0177"}],
				 addresses: [{type: MAILING, lines: ["1 Loop Rd", "Suite 2"], city: "Cupertino", region: "CA", postalCode: "95014", country: "US"}]}""";
		String id = ok(AGENT, "mutation { createContact(input: " + before + ") { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		JsonNode original = contactNamed("Round");

		var export = http.send(HttpRequest.newBuilder(http.uri("/exports/contacts.csv"))
			.header("Authorization", "Bearer " + BROKER).build());
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.body()).contains("'=Chief");
		try (var session = driver.session()) {
			session.run("MATCH (c:Contact) DETACH DELETE c").consume();
		}
		JsonNode job = importAndWait("backup.csv", export.body().getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(job.path("created").asInt()).as(job.toString()).isOne();
		JsonNode restored = contactNamed("Round");
		List<String> differences = new ArrayList<>();
		original.properties().forEach(e -> {
			if (!e.getKey().equals("id") && !e.getKey().equals("interactions")
					&& !e.getValue().equals(restored.path(e.getKey()))) {
				differences.add(e.getKey() + ": " + e.getValue() + " vs " + restored.path(e.getKey()));
			}
		});
		assertThat(differences).isEmpty();
		// A leading '=' was neutralised for spreadsheets on the way out and restored on the way in.
		assertThat(restored.path("jobTitle").asString()).isEqualTo("=Chief");
		assertThat(id).isNotNull();
	}

}
