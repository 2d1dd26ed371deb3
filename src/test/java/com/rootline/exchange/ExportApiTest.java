package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.rootline.support.GraphQlHttp;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.RelatedType;
import ezvcard.parameter.TelephoneType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The three exports over real HTTP: filtered like {@code contacts}, streamed, and read back. */
class ExportApiTest extends ImportTestSupport {

	private String create(String input) {
		return ok(AGENT, "mutation { createContact(input: " + input + ") { contact { id } } }", Map.of())
			.at("createContact.contact.id")
			.asString();
	}

	private GraphQlHttp.Response get(String token, String path) {
		return http.send(HttpRequest.newBuilder(http.uri(path)).header("Authorization", "Bearer " + token).build());
	}

	private static List<String> lines(String csv) {
		return csv.replace("\uFEFF", "").lines().toList();
	}

	@Test
	void theCsvExportTakesTheContactsFilter() {
		create("{firstName: \"Bea\", lastName: \"Buyer\", groups: [\"Buyers\"], statusLevel: A}");
		create("{firstName: \"Bob\", lastName: \"Buyer\", groups: [\"Buyers\"], statusLevel: B}");
		create("{firstName: \"Sal\", lastName: \"Seller\", groups: [\"Sellers\"], statusLevel: A}");

		assertThat(lines(get(BROKER, "/exports/contacts.csv").body())).hasSize(4);
		List<String> buyers = lines(get(BROKER, "/exports/contacts.csv?group=Buyers").body());
		assertThat(buyers).hasSize(3);
		assertThat(buyers.subList(1, 3)).allMatch(l -> l.contains("Buyer")).noneMatch(l -> l.contains("Seller"));
		List<String> aBuyers = lines(get(BROKER, "/exports/contacts.csv?group=Buyers&statusLevel=a").body());
		assertThat(aBuyers).hasSize(2);
		assertThat(aBuyers.get(1)).contains("Bea");
		assertThat(lines(get(BROKER, "/exports/contacts.csv?search=" + URLEncoder.encode("sal seller", StandardCharsets.UTF_8))
			.body())).hasSize(2);
	}

	@Test
	void aBadFilterIsRefusedBeforeAnythingIsStreamed() {
		GraphQlHttp.Response level = get(BROKER, "/exports/contacts.vcf?statusLevel=Z");
		assertThat(level.status()).isEqualTo(400);
		assertThat(level.json().path("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(level.json().path("field").asString()).isEqualTo("filter.statusLevel");

		GraphQlHttp.Response typo = get(BROKER, "/exports/mailing-labels.csv?gruop=Buyers");
		assertThat(typo.status()).isEqualTo(400);
		assertThat(typo.json().path("field").asString()).isEqualTo("filter.gruop");

		GraphQlHttp.Response custom = get(BROKER, "/exports/contacts.csv?customField.key=nope&customField.equals=1");
		assertThat(custom.status()).isEqualTo(400);
		assertThat(custom.json().path("field").asString()).isEqualTo("filter.customField.key");

		assertThat(get(BROKER, "/exports/contacts.csv?createdFrom=yesterday").json().path("field").asString())
			.isEqualTo("filter.createdFrom");
	}

	@Test
	void exportsFollowThePersonalDataRule() {
		for (String path : List.of("/exports/contacts.csv", "/exports/contacts.vcf", "/exports/mailing-labels.csv")) {
			assertThat(get(AGENT, path).status()).as(path).isEqualTo(200);
			assertThat(get(VIEWER, path).status()).as(path).isEqualTo(403);
			assertThat(get(MARKETING, path).status()).as(path).isEqualTo(path.contains("mailing") ? 200 : 403);
			assertThat(http.send(HttpRequest.newBuilder(http.uri(path)).build()).status()).as(path).isEqualTo(401);
		}
	}

	@Test
	void theVcardExportIsVersion4AndImportsBackIntoTheSameContacts() {
		create("""
				{prefix: "Dr.", firstName: "Maria", middleName: "Elena", lastName: "García", nickname: "Mari",
				 company: "García Homes", jobTitle: "Owner", birthday: "--03-07", anniversary: "2005-06-18",
				 spouse: {name: "Luis García"}, children: [{name: "Sofia"}], groups: ["Buyers", "VIP"],
				 emails: [{type: HOME, address: "maria@example.com"}],
				 phones: [{type: MOBILE, number: "+1 415 555 0100"}, {type: WORK, number: "+1 415 555 0199"}],
				 addresses: [{type: HOME, lines: ["12 Oak Street", "Apt 4"], city: "San Mateo", region: "CA",
				              postalCode: "94401", country: "US"}]}""");
		create("{firstName: \"Other\", lastName: \"Person\", groups: [\"Sellers\"]}");

		GraphQlHttp.Response export = get(BROKER, "/exports/contacts.vcf?group=Buyers");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("text/vcard");
		List<VCard> cards = Ezvcard.parse(export.body()).all();
		assertThat(cards).hasSize(1);
		VCard card = cards.getFirst();
		assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0);
		assertThat(card.getStructuredName().getFamily()).isEqualTo("García");
		assertThat(card.getStructuredName().getAdditionalNames()).containsExactly("Elena");
		assertThat(card.getBirthday().getPartialDate().getMonth()).isEqualTo(3);
		assertThat(card.getBirthday().getPartialDate().getYear()).isNull();
		assertThat(card.getTelephoneNumbers()).hasSize(2);
		assertThat(card.getTelephoneNumbers().getFirst().getTypes()).contains(TelephoneType.CELL);
		assertThat(card.getRelations()).anyMatch(r -> r.getTypes().contains(RelatedType.SPOUSE)
				&& r.getText().equals("Luis García"));
		assertThat(card.getCategories().getValues()).containsExactly("Buyers", "VIP");

		JsonNode before = contact("maria");
		try (var session = driver.session()) {
			session.run("MATCH (c:Contact) DETACH DELETE c").consume();
		}
		JsonNode job = importAndWait("out.vcf", export.body().getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
		assertThat(job.path("created").asInt()).as(job.toString()).isOne();
		JsonNode after = contact("maria");
		for (String field : List.of("displayName", "nickname", "company", "jobTitle", "birthday", "anniversary", "spouse",
				"children", "groups", "emails", "phones", "addresses")) {
			assertThat(after.path(field)).as(field).isEqualTo(before.path(field));
		}
	}

	@Test
	void mailingLabelsGiveOneEnvelopePerHousehold() {
		// Two spellings of one address are one household; the family name is written once.
		create("""
				{firstName: "Maria", lastName: "García", addresses: [{type: HOME, lines: ["12 Oak Street"], city: "San Mateo",
				 region: "CA", postalCode: "94401", country: "US"}]}""");
		create("""
				{firstName: "Luis", lastName: "Garcia", addresses: [{type: MAILING, lines: ["12 oak st."], city: "SAN MATEO",
				 region: "CA", postalCode: "94401", country: "US"}]}""");
		// A spouse on record shares the envelope; a different family name is written out in full.
		create("""
				{firstName: "Ann", lastName: "Lee", tags: ["texas"], spouse: {name: "Bob Lee"}, addresses: [{type: HOME, lines: ["1 Elm Rd"],
				 city: "Austin", region: "TX", postalCode: "78701", country: "US"}]}""");
		create("""
				{firstName: "Kim", lastName: "Park", tags: ["texas"], addresses: [{type: HOME, lines: ["9 Bay Ave", "Unit 3"],
				 city: "Austin", region: "TX", postalCode: "78702", country: "US"}]}""");
		create("""
				{firstName: "Joe", lastName: "Moss", tags: ["texas"], addresses: [{type: HOME, lines: ["9 Bay Avenue", "Unit 3"],
				 city: "Austin", region: "TX", postalCode: "78702", country: "US"}]}""");
		create("{firstName: \"=Nobody\", lastName: \"Homeless\"}");
		// A name that a spreadsheet would run as a formula is neutralised.
		create("""
				{firstName: "=cmd", lastName: "Hack", addresses: [{type: HOME, lines: ["5 Pine Ln"], city: "Reno", region: "NV",
				 postalCode: "89501", country: "US"}]}""");

		GraphQlHttp.Response labels = get(BROKER, "/exports/mailing-labels.csv");
		assertThat(labels.status()).isEqualTo(200);
		List<String> rows = lines(labels.body());
		assertThat(rows.getFirst()).isEqualTo("Name,Address Line 1,Address Line 2,City,Region,Postal Code,Country");
		assertThat(rows.subList(1, rows.size())).containsExactlyInAnyOrder(
				"Ann & Bob Lee,1 Elm Rd,,Austin,TX,78701,US",
				"Joe Moss & Kim Park,9 Bay Avenue,Unit 3,Austin,TX,78702,US",
				"Luis & Maria Garcia,12 oak st.,,SAN MATEO,CA,94401,US",
				"'=cmd Hack,5 Pine Ln,,Reno,NV,89501,US");

		List<String> texas = lines(get(BROKER, "/exports/mailing-labels.csv?tag=texas").body());
		assertThat(texas).hasSize(3);
	}

	private JsonNode contact(String search) {
		JsonNode edges = ok(AGENT, """
				query($s: String!) { contacts(filter: {search: $s}) { edges { node { displayName nickname company jobTitle
				  birthday anniversary spouse { name } children { name } groups emails { type address }
				  phones { type number } addresses { type lines city region postalCode country } } } } }""",
				Map.of("s", search)).at("contacts.edges");
		assertThat(edges).hasSize(1);
		return edges.get(0).path("node");
	}

}
