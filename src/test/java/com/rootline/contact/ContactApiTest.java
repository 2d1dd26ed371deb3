package com.rootline.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The contact record over GraphQL: every operation and every error code, against the harness. */
class ContactApiTest extends IntegrationTest {

	static final String FIELDS = """
			id prefix firstName middleName lastName suffix nickname displayName
			phones { type number e164 } emails { type address }
			addresses { type lines city region postalCode country }
			birthday anniversary spouse { name birthday } children { name birthday } hobbies
			jobTitle company groups tags active statusLevel contactType
			customFields { key type value } archived erased createdAt updatedAt version lastContactedAt
			""";

	static final String CREATE = "mutation($input: CreateContactInput!) { createContact(input: $input) { contact { "
			+ FIELDS + " } userErrors { field code message } } }";

	static final String UPDATE = "mutation($input: UpdateContactInput!) { updateContact(input: $input) { contact { "
			+ FIELDS + " } userErrors { field code message } } }";

	private Response create(Map<String, Object> input) {
		return ok(AGENT, CREATE, Map.of("input", input));
	}

	private String createId(Map<String, Object> input) {
		Response r = create(input);
		assertThat(r.at("createContact.userErrors")).as(r.body()).isEmpty();
		return r.at("createContact.contact.id").asString();
	}

	static Map<String, Object> fullRecord() {
		Map<String, Object> input = new HashMap<>();
		input.put("prefix", "Dr.");
		input.put("firstName", "Jane");
		input.put("middleName", "Quinn");
		input.put("lastName", "O'Brien");
		input.put("suffix", "Jr.");
		input.put("nickname", "JQ");
		input.put("phones", List.of(Map.of("type", "MOBILE", "number", "(212) 555-1234"),
				Map.of("type", "WORK", "number", "+44 20 7946 0958")));
		input.put("emails", List.of(Map.of("type", "HOME", "address", "Jane.OBrien@Example.com"),
				Map.of("type", "WORK", "address", "jq@brien-co.example")));
		input.put("addresses", List.of(Map.of("type", "HOME", "lines", List.of("12 Elm Street", "Apt 4"), "city",
				"Springfield", "region", "IL", "postalCode", "62701", "country", "us")));
		input.put("birthday", "--03-07");
		input.put("anniversary", "2004-06-19");
		input.put("spouse", Map.of("name", "Sam O'Brien", "birthday", "1979-11-02"));
		input.put("children", List.of(Map.of("name", "Ava", "birthday", "2010-01-15"), Map.of("name", "Leo")));
		input.put("hobbies", List.of("sailing", "classic cars"));
		input.put("jobTitle", "Surgeon");
		input.put("company", "Mercy Hospital");
		input.put("groups", List.of("Potential Buyers", "Past Clients"));
		input.put("tags", List.of("vip"));
		input.put("active", true);
		input.put("statusLevel", "A");
		input.put("contactType", "sphere");
		return input;
	}

	@Test
	void createsAndReadsTheWholeRecord() {
		JsonNode c = create(fullRecord()).at("createContact.contact");
		assertThat(c.path("displayName").asString()).isEqualTo("Dr. Jane Quinn O'Brien Jr.");
		assertThat(c.path("phones").get(0).path("number").asString()).isEqualTo("(212) 555-1234");
		assertThat(c.path("phones").get(0).path("e164").asString()).isEqualTo("+12125551234");
		assertThat(c.path("phones").get(1).path("e164").asString()).isEqualTo("+442079460958");
		assertThat(c.path("emails").get(0).path("address").asString()).isEqualTo("Jane.OBrien@Example.com");
		assertThat(c.path("addresses").get(0).path("lines").toString()).isEqualTo("[\"12 Elm Street\",\"Apt 4\"]");
		assertThat(c.path("addresses").get(0).path("country").asString()).isEqualTo("US");
		assertThat(c.path("birthday").asString()).isEqualTo("--03-07");
		assertThat(c.path("anniversary").asString()).isEqualTo("2004-06-19");
		assertThat(c.path("spouse").path("birthday").asString()).isEqualTo("1979-11-02");
		assertThat(c.path("children").get(1).path("birthday").isNull()).isTrue();
		assertThat(c.path("groups").toString()).isEqualTo("[\"Past Clients\",\"Potential Buyers\"]");
		assertThat(c.path("contactType").asString()).isEqualTo("SPHERE");
		assertThat(c.path("statusLevel").asString()).isEqualTo("A");
		assertThat(c.path("version").asInt()).isEqualTo(1);
		assertThat(c.path("archived").asBoolean()).isFalse();

		JsonNode read = ok("query($id: ID!) { contact(id: $id) { " + FIELDS + " } }",
				Map.of("id", c.path("id").asString())).at("contact");
		assertThat(read).isEqualTo(c);
		assertThat(ok("{ contactTypes }", Map.of()).at("contactTypes").toString()).contains("SPHERE", "FSBO", "PTA");
	}

	/**
	 * Pages, chains and lists of referrals that show no phones, e-mails, addresses, groups or tags
	 * read the contacts' own properties only; asked for in any way (fragment, inline fragment,
	 * alias), they are all there.
	 */
	@Test
	void listsAndTreesReadRelatedFieldsWhenAskedInAnyWay() {
		String referrer = createId(Map.of("firstName", "Ann", "lastName", "Referrer", "phones",
				List.of(Map.of("type", "MOBILE", "number", "(212) 555-9876"))));
		JsonNode created = create(fullRecord()).at("createContact.contact");
		String id = created.path("id").asString();
		assertThat(ok(AGENT, "mutation($c: ID!, $r: ID!) { recordReferral(input: {contactId: $c, referrerId: $r}) "
				+ "{ userErrors { code } } }", Map.of("c", id, "r", referrer)).at("recordReferral.userErrors")).isEmpty();
		String fragment = " fragment Whole on Contact { " + FIELDS + " }";

		assertThat(ok("query($id: ID!) { contact(id: $id) { ...Whole } }" + fragment, Map.of("id", id)).at("contact"))
			.isEqualTo(created);
		JsonNode listed = ok("{ contacts(first: 10) { edges { node { ...Whole } } } }" + fragment, Map.of())
			.at("contacts.edges");
		assertThat(listed.valueStream().map(e -> e.path("node")).filter(n -> n.path("id").asString().equals(id)))
			.containsExactly(created);
		JsonNode tree = ok("query($r: ID!) { referralTree(rootId: $r) { edges { ...Edge } } }"
				+ " fragment Edge on ReferralTreeEdge { node { contact { ... on Contact { ...Whole } } } }" + fragment,
				Map.of("r", referrer)).at("referralTree.edges");
		assertThat(tree.get(0).path("node").path("contact")).isEqualTo(created);

		JsonNode referrals = ok("query($r: ID!) { contact(id: $r) { referrals { edges { node { ...Whole } } } } }" + fragment,
				Map.of("r", referrer)).at("contact.referrals.edges");
		assertThat(referrals.get(0).path("node")).isEqualTo(created);
		assertThat(ok("query($id: ID!) { contact(id: $id) { ancestry { ... on Contact { id phones { e164 } } } } }",
				Map.of("id", id)).at("contact.ancestry").toString())
			.isEqualTo("[{\"id\":\"" + referrer + "\",\"phones\":[{\"e164\":\"+12125559876\"}]}]");
		assertThat(ok("query($id: ID!) { contact(id: $id) { ancestry { ... on Contact { id displayName } } } }",
				Map.of("id", id)).at("contact.ancestry").toString()).contains("Ann Referrer");

		JsonNode aliased = ok("query($r: ID!) { referralTree(rootId: $r) { edges { node { contact { id name: displayName "
				+ "numbers: phones { e164 } labels: tags } } } } }", Map.of("r", referrer))
			.at("referralTree.edges")
			.get(0)
			.path("node")
			.path("contact");
		assertThat(aliased.path("name").asString()).isEqualTo("Dr. Jane Quinn O'Brien Jr.");
		assertThat(aliased.path("numbers").toString()).isEqualTo("[{\"e164\":\"+12125551234\"},{\"e164\":\"+442079460958\"}]");
		assertThat(aliased.path("labels").toString()).isEqualTo("[\"vip\"]");
		JsonNode own = ok("query($r: ID!) { referralTree(rootId: $r) { edges { node { contact { id displayName version } } } } }",
				Map.of("r", referrer)).at("referralTree.edges").get(0).path("node").path("contact");
		assertThat(own.path("displayName").asString()).isEqualTo("Dr. Jane Quinn O'Brien Jr.");
		assertThat(own.path("version").asInt()).isEqualTo(created.path("version").asInt());
	}

	@Test
	void updatesArePartialAndExplicitNullsClear() {
		String id = createId(fullRecord());
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("expectedVersion", 1);
		input.put("jobTitle", "Chief of Surgery");
		input.put("nickname", null);
		input.put("tags", List.of("vip", "golf"));
		JsonNode c = ok(AGENT, UPDATE, Map.of("input", input)).at("updateContact.contact");
		assertThat(c.path("jobTitle").asString()).isEqualTo("Chief of Surgery");
		assertThat(c.path("nickname").isNull()).isTrue();
		assertThat(c.path("tags").toString()).isEqualTo("[\"golf\",\"vip\"]");
		assertThat(c.path("company").asString()).as("absent fields stay").isEqualTo("Mercy Hospital");
		assertThat(c.path("phones")).hasSize(2);
		assertThat(c.path("version").asInt()).isEqualTo(2);

		Response stale = ok(AGENT, UPDATE, Map.of("input", Map.of("id", id, "expectedVersion", 1, "company", "X")));
		assertThat(stale.at("updateContact.userErrors/0/code").asString()).isEqualTo("VERSION_CONFLICT");
		assertThat(stale.at("updateContact.userErrors/0/field").toString()).isEqualTo("[\"input\",\"expectedVersion\"]");
		assertThat(ok("query($id: ID!) { contact(id: $id) { company version } }", Map.of("id", id))
			.at("contact.company").asString()).isEqualTo("Mercy Hospital");
	}

	@Test
	void anEditRewritesOnlyTheRelatedRecordsItChanges() {
		String id = createId(fullRecord());
		Map<String, List<String>> before = related(id);
		JsonNode read = ok("query($id: ID!) { contact(id: $id) { " + FIELDS + " } }", Map.of("id", id)).at("contact");

		JsonNode edited = ok(AGENT, UPDATE, Map.of("input", Map.of("id", id, "expectedVersion", 1, "jobTitle", "Dean",
				"groups", List.of("Past Clients", "Potential Buyers")))).at("updateContact.contact");
		assertThat(related(id)).as("the same phones, e-mails, address, groups and tags").isEqualTo(before);
		for (String field : List.of("phones", "emails", "addresses", "groups", "tags")) {
			assertThat(edited.path(field)).as(field).isEqualTo(read.path(field));
		}

		JsonNode rephoned = ok(AGENT, UPDATE, Map.of("input", Map.of("id", id, "expectedVersion", 2, "phones",
				List.of(Map.of("type", "MOBILE", "number", "(212) 555-9999"))))).at("updateContact.contact");
		assertThat(rephoned.at("/phones/0/e164").asString()).isEqualTo("+12125559999");
		assertThat(rephoned.path("phones")).hasSize(1);
		Map<String, List<String>> after = related(id);
		assertThat(after.get("HAS_PHONE")).hasSize(1).doesNotContainAnyElementsOf(before.get("HAS_PHONE"));
		assertThat(after.get("HAS_ADDRESS")).isEqualTo(before.get("HAS_ADDRESS"));
		assertThat(count("MATCH (p:PhoneNumber {e164: '+12125551234'}) RETURN count(p)")).as("an unused number goes").isZero();

		ok(AGENT, UPDATE, Map.of("input", Map.of("id", id, "expectedVersion", 3, "addresses",
				List.of(Map.of("type", "HOME", "lines", List.of("9 Oak Road"), "city", "Springfield", "country", "US")))));
		assertThat(related(id).get("HAS_ADDRESS")).hasSize(1).doesNotContainAnyElementsOf(before.get("HAS_ADDRESS"));
		assertThat(related(id).get("TAGGED")).isEqualTo(before.get("TAGGED"));
	}

	/**
	 * A create or an edit answers with the contact as its own statement reads it back, not with a
	 * read after it: seeded random edits of every kind of field, each answer compared with a read.
	 */
	@Test
	void everyEditAnswersWithWhatAReadAfterwardsFinds() {
		String define = "mutation($input: DefineCustomFieldInput!) { defineCustomField(input: $input) { userErrors { code } } }";
		ok(define, Map.of("input", Map.of("key", "closingYear", "label", "Closing year", "type", "NUMBER")));
		ok(define, Map.of("input", Map.of("key", "salePrice", "label", "Sale price", "type", "MONEY")));
		ok(define, Map.of("input", Map.of("key", "movedIn", "label", "Moved in", "type", "DATE")));
		ok(define, Map.of("input", Map.of("key", "investor", "label", "Investor", "type", "BOOLEAN")));
		String read = "query($id: ID!) { contact(id: $id) { " + FIELDS + " } }";
		Random random = new Random(20261123L);
		List<Function<Random, Object>> values = List.of(
				r -> r.nextInt(4) == 0 ? null : "n" + r.nextInt(100),
				r -> pick(r, List.of(Map.of("type", "MOBILE", "number", "(212) 555-1234"),
						Map.of("type", "WORK", "number", "+44 20 7946 0958"), Map.of("type", "HOME", "number", "212-555-0000"))),
				r -> pick(r, List.of(Map.of("type", "HOME", "address", "a@example.com"),
						Map.of("type", "WORK", "address", "B@Example.com"), Map.of("type", "OTHER", "address", "c@example.org"))),
				r -> pick(r, List.of(Map.of("type", "HOME", "lines", List.of("12 Elm Street"), "city", "Springfield", "country", "US"),
						Map.of("type", "WORK", "lines", List.of("1 Main St", "Floor 2"), "postalCode", "62701", "country", "US"))),
				r -> pick(r, List.of("Past Clients", "Potential Buyers", "Sphere", "Vendors")),
				r -> pick(r, List.of("vip", "golf", "dog owner")),
				r -> r.nextBoolean() ? null : Map.of("name", "Sam " + r.nextInt(9), "birthday", "--0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9)),
				r -> pick(r, List.of(Map.of("name", "Ava", "birthday", "2010-01-15"), Map.of("name", "Leo"))),
				r -> pick(r, List.of("sailing", "chess", "classic cars")),
				r -> r.nextBoolean() ? null : "--0" + (1 + r.nextInt(9)) + "-2" + r.nextInt(9),
				r -> r.nextBoolean(),
				r -> r.nextInt(4) == 0 ? null : List.of("A", "B", "C").get(r.nextInt(3)),
				r -> pick(r, List.of(Map.of("key", "closingYear", "value", String.valueOf(2000 + r.nextInt(30))),
						Map.of("key", "salePrice", "value", r.nextInt(900_000) + ".25"),
						Map.of("key", "movedIn", "value", "2019-0" + (1 + r.nextInt(9)) + "-11"),
						Map.of("key", "investor", "value", String.valueOf(r.nextBoolean())))));
		List<String> fields = List.of("nickname", "phones", "emails", "addresses", "groups", "tags", "spouse", "children",
				"hobbies", "birthday", "active", "statusLevel", "customFields");

		Response created = create(fullRecord());
		String id = created.at("createContact.contact.id").asString();
		assertThat(created.at("createContact.contact")).isEqualTo(ok(read, Map.of("id", id)).at("contact"));
		for (int edit = 0; edit < 40; edit++) {
			Map<String, Object> input = new HashMap<>();
			input.put("id", id);
			input.put("expectedVersion", edit + 1);
			for (int f = 1 + random.nextInt(3); f > 0; f--) {
				int which = random.nextInt(fields.size());
				input.put(fields.get(which), values.get(which).apply(random));
			}
			Response answer = ok(AGENT, UPDATE, Map.of("input", input));
			assertThat(answer.at("updateContact.userErrors")).as(input.toString()).isEmpty();
			assertThat(answer.at("updateContact.contact")).as(input.toString())
				.isEqualTo(ok(read, Map.of("id", id)).at("contact"));
			assertThat(answer.at("updateContact.contact.version").asInt()).isEqualTo(edit + 2);
		}
	}

	/** A random subset of the items, in random order. */
	private static <T> List<T> pick(Random random, List<T> items) {
		List<T> shuffled = new ArrayList<>(items);
		Collections.shuffle(shuffled, random);
		return List.copyOf(shuffled.subList(0, random.nextInt(items.size() + 1)));
	}

	/** The element ids of a contact's relationships to its phones, e-mails, address, groups and tags, by type. */
	private Map<String, List<String>> related(String id) {
		Map<String, List<String>> byType = new HashMap<>();
		try (var session = driver.session()) {
			session.run("""
					MATCH (:Contact {id: $id})-[r:HAS_PHONE|HAS_EMAIL|HAS_ADDRESS|IN_GROUP|TAGGED]->()
					WITH type(r) AS type, elementId(r) AS rel ORDER BY rel
					RETURN type, collect(rel) AS rels""", Map.of("id", id))
				.forEachRemaining(r -> byType.put(r.get("type").asString(), r.get("rels").asList(v -> v.asString())));
		}
		return byType;
	}

	@Test
	void twoConcurrentWritersNeverSilentlyOverwriteEachOther() throws Exception {
		for (int round = 0; round < 5; round++) {
			String id = createId(Map.of("firstName", "Race" + round));
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<Response>> results = new ArrayList<>();
				for (String field : List.of("jobTitle", "company")) {
					results.add(pool.submit(() -> {
						start.await();
						return gql(AGENT, UPDATE,
								Map.of("input", Map.of("id", id, "expectedVersion", 1, field, field + " value")));
					}));
				}
				start.countDown();
				List<String> winners = new ArrayList<>();
				int conflicts = 0;
				for (int i = 0; i < 2; i++) {
					JsonNode payload = results.get(i).get().at("updateContact");
					if (payload.path("userErrors").isEmpty()) {
						winners.add(i == 0 ? "jobTitle" : "company");
					}
					else {
						assertThat(payload.path("userErrors").get(0).path("code").asString()).isEqualTo("VERSION_CONFLICT");
						conflicts++;
					}
				}
				assertThat(winners).hasSize(1);
				assertThat(conflicts).isEqualTo(1);
				JsonNode stored = ok("query($id: ID!) { contact(id: $id) { jobTitle company version } }",
						Map.of("id", id)).at("contact");
				assertThat(stored.path("version").asInt()).isEqualTo(2);
				assertThat(stored.path(winners.getFirst()).asString()).isEqualTo(winners.getFirst() + " value");
				String loser = winners.getFirst().equals("jobTitle") ? "company" : "jobTitle";
				assertThat(stored.path(loser).isNull()).isTrue();
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	@Test
	void badInputIsReportedAtItsPathAndNothingIsWritten() {
		Map<String, Object> input = new HashMap<>();
		input.put("emails", List.of(Map.of("address", "jane@@example"), Map.of("address", "ok@example.com"),
				Map.of("address", "OK@example.com")));
		input.put("phones", List.of(Map.of("number", "call me maybe")));
		input.put("birthday", "1990-02-30");
		input.put("children", List.of(Map.of("name", "Kid", "birthday", "--02-30")));
		input.put("jobTitle", "x".repeat(201));
		input.put("customFields", List.of(Map.of("key", "shoeSize", "value", "42")));
		Response r = create(input);
		JsonNode errors = r.at("createContact.userErrors");
		List<String> found = new ArrayList<>();
		errors.forEach(e -> found.add(e.path("code").asString() + " " + e.path("field").toString()));
		assertThat(found).containsExactlyInAnyOrder(
				"REQUIRED [\"input\",\"firstName\"]",
				"TOO_LONG [\"input\",\"jobTitle\"]",
				"INVALID_PHONE [\"input\",\"phones\",\"0\",\"number\"]",
				"INVALID_EMAIL [\"input\",\"emails\",\"0\",\"address\"]",
				"DUPLICATE_EMAIL [\"input\",\"emails\",\"2\",\"address\"]",
				"INVALID_DATE [\"input\",\"birthday\"]",
				"INVALID_DATE [\"input\",\"children\",\"0\",\"birthday\"]",
				"UNKNOWN_CUSTOM_FIELD [\"input\",\"customFields\",\"0\",\"key\"]");
		assertThat(r.at("createContact.contact").isNull()).isTrue();
		assertThat(count("MATCH (n) WHERE n:Contact OR n:EmailAddress OR n:PhoneNumber RETURN count(n)")).isZero();

		Response leap = create(Map.of("firstName", "Leap", "birthday", "--02-29"));
		assertThat(leap.at("createContact.userErrors")).isEmpty();
		Response shape = gql(AGENT, CREATE, Map.of("input", Map.of("firstName", "X", "birthday", "March 7")));
		assertThat(shape.status()).isEqualTo(400);
		assertThat(shape.errorCode()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void possibleDuplicatesNameTheExistingContactUnlessAllowed() {
		String existing = createId(Map.of("firstName", "Ann", "emails", List.of(Map.of("address", "ann@example.com"))));
		String phoneOwner = createId(Map.of("firstName", "Bob", "phones", List.of(Map.of("number", "212-555-0100"))));

		Response byEmail = create(Map.of("firstName", "Annie", "emails", List.of(Map.of("address", "ANN@example.com"))));
		assertThat(byEmail.at("createContact.userErrors/0/code").asString()).isEqualTo("POSSIBLE_DUPLICATE");
		assertThat(byEmail.at("createContact.userErrors/0/message").asString()).contains(existing);

		Response byPhone = create(Map.of("firstName", "Robert", "phones", List.of(Map.of("number", "+1 (212) 555 0100"))));
		assertThat(byPhone.at("createContact.userErrors/0/message").asString()).contains(phoneOwner);
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isEqualTo(2);

		Response allowed = create(Map.of("firstName", "Annie", "allowDuplicate", true, "emails",
				List.of(Map.of("address", "ann@example.com"))));
		assertThat(allowed.at("createContact.userErrors")).isEmpty();
		assertThat(count("MATCH (e:EmailAddress {normalized: 'ann@example.com'})<-[:HAS_EMAIL]-(c) RETURN count(c)"))
			.isEqualTo(2);
	}

	@Test
	void interactionsAreLoggedNewestFirstAndSetLastContactedAt() {
		String id = createId(Map.of("firstName", "Carl"));
		String log = "mutation($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id kind } "
				+ "contact { lastContactedAt } userErrors { field code } } }";
		ok(AGENT, log, Map.of("input", Map.of("contactId", id, "kind", "CALL", "direction", "OUTBOUND", "occurredAt",
				"2026-05-01T10:00:00Z", "summary", "How is that Camaro running?")));
		ok(AGENT, log, Map.of("input", Map.of("contactId", id, "kind", "EMAIL", "direction", "INBOUND", "occurredAt",
				"2026-06-01T10:00:00Z", "summary", "Sent listings")));
		Response older = ok(AGENT, log, Map.of("input", Map.of("contactId", id, "kind", "MEETING", "occurredAt",
				"2026-01-01T10:00:00Z", "summary", "Coffee")));
		assertThat(older.at("logInteraction.contact.lastContactedAt").asString()).isEqualTo("2026-06-01T10:00Z");

		String page = "query($id: ID!, $after: String) { contact(id: $id) { interactions(first: 2, after: $after) { "
				+ "totalCount edges { cursor node { kind summary loggedBy occurredAt } } pageInfo { hasNextPage endCursor } } } }";
		JsonNode first = ok(page, Map.of("id", id)).at("contact.interactions");
		assertThat(first.path("totalCount").asInt()).isEqualTo(3);
		assertThat(first.path("edges").findValuesAsString("kind")).containsExactly("EMAIL", "CALL");
		assertThat(first.path("edges").get(0).path("node").path("loggedBy").asString()).isEqualTo("token:test agent");
		Map<String, Object> vars = new HashMap<>(Map.of("id", id));
		vars.put("after", first.path("pageInfo").path("endCursor").asString());
		JsonNode second = ok(page, vars).at("contact.interactions");
		assertThat(second.path("edges").findValuesAsString("kind")).containsExactly("MEETING");
		assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();

		Response blank = ok(AGENT, log, Map.of("input", Map.of("contactId", id, "kind", "NOTE", "summary", " ")));
		assertThat(blank.at("logInteraction.userErrors/0/code").asString()).isEqualTo("REQUIRED");
		Response missing = ok(AGENT, log, Map.of("input", Map.of("contactId", "nope", "kind", "NOTE", "summary", "x")));
		assertThat(missing.at("logInteraction.userErrors/0/code").asString()).isEqualTo("NOT_FOUND");
	}

	@Test
	void customFieldsAreTypedValidatedFilterableAndConvertedSafely() {
		String define = "mutation($input: DefineCustomFieldInput!) { defineCustomField(input: $input) { "
				+ "definition { key type options } userErrors { field code message } } }";
		ok(define, Map.of("input", Map.of("key", "closingYear", "label", "Closing year", "type", "NUMBER")));
		ok(define, Map.of("input", Map.of("key", "salePrice", "label", "Sale price", "type", "MONEY")));
		ok(define, Map.of("input", Map.of("key", "loanType", "label", "Loan type", "type", "CHOICE", "options",
				List.of("FHA", "VA", "Conventional"))));
		ok(define, Map.of("input", Map.of("key", "investor", "label", "Investor", "type", "BOOLEAN")));
		assertThat(gql(AGENT, define, Map.of("input", Map.of("key", "x", "label", "X", "type", "TEXT"))).errorCode())
			.isEqualTo("FORBIDDEN");

		String a = createId(Map.of("firstName", "Ann", "customFields", List.of(Map.of("key", "closingYear", "value", "2025"),
				Map.of("key", "salePrice", "value", "450000.50"), Map.of("key", "loanType", "value", "fha"),
				Map.of("key", "investor", "value", "true"))));
		createId(Map.of("firstName", "Bea", "customFields", List.of(Map.of("key", "closingYear", "value", "2024"))));

		JsonNode values = ok("query($id: ID!) { contact(id: $id) { customFields { key type value } } }", Map.of("id", a))
			.at("contact.customFields");
		assertThat(values.toString()).contains("{\"key\":\"closingYear\",\"type\":\"NUMBER\",\"value\":\"2025\"}",
				"{\"key\":\"salePrice\",\"type\":\"MONEY\",\"value\":\"450000.50\"}",
				"{\"key\":\"loanType\",\"type\":\"CHOICE\",\"value\":\"FHA\"}");

		Response bad = create(Map.of("firstName", "Cy", "customFields", List.of(Map.of("key", "salePrice", "value", "12.345"),
				Map.of("key", "loanType", "value", "Balloon"))));
		assertThat(bad.at("createContact.userErrors").findValuesAsString("code"))
			.containsExactly("INVALID_CUSTOM_FIELD_VALUE", "INVALID_CUSTOM_FIELD_VALUE");
		assertThat(bad.at("createContact.userErrors/1/field").toString())
			.isEqualTo("[\"input\",\"customFields\",\"1\",\"value\"]");

		JsonNode filtered = ok("{ contacts(filter: {customField: {key: \"closingYear\", equals: \"2025\"}}) { totalCount "
				+ "edges { node { firstName } } } }", Map.of()).at("contacts");
		assertThat(filtered.path("totalCount").asInt()).isEqualTo(1);
		assertThat(filtered.findValuesAsString("firstName")).containsExactly("Ann");

		Response toBoolean = ok(define, Map.of("input", Map.of("key", "closingYear", "label", "Closing year", "type", "BOOLEAN")));
		assertThat(toBoolean.at("defineCustomField.userErrors/0/code").asString()).isEqualTo("INCOMPATIBLE_CUSTOM_FIELD_CHANGE");
		Response toText = ok(define, Map.of("input", Map.of("key", "closingYear", "label", "Closing year", "type", "TEXT")));
		assertThat(toText.at("defineCustomField.definition.type").asString()).isEqualTo("TEXT");
		assertThat(count("MATCH (c:Contact) WHERE c.cf_closingYear = '2025' RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void archiveHidesRestoreShowsDeleteRefusesAnchoredContacts() {
		String kept = createId(Map.of("firstName", "Kept"));
		String loner = createId(Map.of("firstName", "Loner", "emails", List.of(Map.of("address", "loner@example.com"))));
		String list = "query($archived: Boolean) { contacts(filter: {archived: $archived}) { totalCount edges { node { firstName } } } }";

		ok(AGENT, "mutation($id: ID!) { archiveContact(input: {id: $id}) { contact { archived } } }", Map.of("id", kept));
		assertThat(ok(list, Map.of()).at("contacts").findValuesAsString("firstName")).containsExactly("Loner");
		Map<String, Object> archived = new HashMap<>();
		archived.put("archived", true);
		assertThat(ok(list, archived).at("contacts").findValuesAsString("firstName")).containsExactly("Kept");
		ok(AGENT, "mutation($id: ID!) { restoreContact(input: {id: $id}) { contact { archived } } }", Map.of("id", kept));
		assertThat(ok(list, Map.of()).at("contacts.totalCount").asInt()).isEqualTo(2);

		ok(AGENT, "mutation($id: ID!) { logInteraction(input: {contactId: $id, kind: NOTE, summary: \"hi\"}) { interaction { id } } }",
				Map.of("id", kept));
		String delete = "mutation($id: ID!) { deleteContact(input: {id: $id}) { deletedId userErrors { field code message } } }";
		Response refused = ok(BROKER, delete, Map.of("id", kept));
		assertThat(refused.at("deleteContact.userErrors/0/code").asString()).isEqualTo("IN_USE");
		assertThat(refused.at("deleteContact.userErrors/0/message").asString()).contains("archive");
		assertThat(gql(AGENT, delete, Map.of("id", loner)).errorCode()).isEqualTo("FORBIDDEN");
		assertThat(ok(BROKER, delete, Map.of("id", loner)).at("deleteContact.deletedId").asString()).isEqualTo(loner);
		assertThat(count("MATCH (c:Contact {id: $id}) RETURN count(c)", Map.of("id", loner))).isZero();
		assertThat(count("MATCH (e:EmailAddress {normalized: 'loner@example.com'}) RETURN count(e)")).isZero();
	}

	@Test
	void eraseRemovesPersonalDataAndKeepsAnAnonymousNode() {
		String id = createId(fullRecord());
		ok(AGENT, "mutation($id: ID!) { logInteraction(input: {contactId: $id, kind: CALL, summary: \"private\"}) { interaction { id } } }",
				Map.of("id", id));
		try (var session = driver.session()) {
			// A stand-in for a referral edge: erasure must leave the node's relationships to others intact.
			session.run("MATCH (c:Contact {id: $id}) CREATE (:Contact {id: 'child', nameKey: 'x'})-[:REFERRED_BY]->(c)",
					Map.of("id", id)).consume();
		}
		JsonNode erased = ok(BROKER, "mutation($id: ID!) { eraseContact(input: {id: $id}) { contact { " + FIELDS
				+ " } userErrors { code } } }", Map.of("id", id)).at("eraseContact.contact");
		assertThat(erased.path("erased").asBoolean()).isTrue();
		assertThat(erased.path("displayName").asString()).isEqualTo("Erased contact");
		for (String field : List.of("firstName", "lastName", "company", "birthday", "spouse", "jobTitle", "lastContactedAt")) {
			assertThat(erased.path(field).isNull()).as(field).isTrue();
		}
		for (String list : List.of("phones", "emails", "addresses", "children", "hobbies", "groups", "tags", "customFields")) {
			assertThat(erased.path(list)).as(list).isEmpty();
		}
		assertThat(count("MATCH (c:Contact {id: $id})<-[:REFERRED_BY]-(:Contact {id: 'child'}) RETURN count(c)",
				Map.of("id", id))).isEqualTo(1);
		assertThat(count("MATCH (n) WHERE n:Interaction OR n:EmailAddress OR n:PhoneNumber OR n:PostalAddress RETURN count(n)"))
			.isZero();
		assertThat(count("MATCH (c:Contact {id: $id}) RETURN size([k IN keys(c) WHERE k IN ['firstName','searchText','spouseName','childNames']])",
				Map.of("id", id))).isZero();
		Response update = ok(AGENT, UPDATE, Map.of("input", Map.of("id", id, "expectedVersion", 2, "firstName", "Back")));
		assertThat(update.at("updateContact.userErrors/0/code").asString()).isEqualTo("ERASED");
	}

}
