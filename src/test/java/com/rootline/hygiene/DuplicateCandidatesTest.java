package com.rootline.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Likely duplicates across the store, for each of the four reasons, ranked, with the conflicts a
 * merge resolves: listed as contacts are written, following an edit, gone for good once dismissed
 * or merged, rebuilt by a scan from the whole store, a page at a time.
 */
class DuplicateCandidatesTest extends IntegrationTest {

	private static final String LIST = """
			query($first: Int, $after: String) { duplicateCandidates(first: $first, after: $after) { totalCount
			  pageInfo { hasNextPage endCursor }
			  edges { node { score contact { id displayName } other { id displayName }
			    reasons { kind value } conflicts { field value otherValue } } } } }""";

	@Autowired
	DuplicateScans scans;

	private final Map<String, String> ids = new HashMap<>();

	/** Contact ids in the order they were created: how a pair is named in assertions. */
	private final List<String> created = new ArrayList<>();

	private void people() {
		contact("Ann", "Lee", Map.of("emails", List.of(Map.of("address", "ann@lee.example")), "company", "Acme"));
		contact("A", "Lee", Map.of("emails", List.of(Map.of("address", "Ann@Lee.example")), "company", "Beta"));
		contact("Bob", "Park", Map.of("phones", List.of(Map.of("number", "+1 303 555 0155"))));
		contact("Robert", "Parker", Map.of("phones", List.of(Map.of("number", "+1 (303) 555-0155")), "jobTitle", "Broker"));
		contact("Cy", "Moss", Map.of("birthday", "1980-05-01"));
		contact("Cy", "Moss", Map.of("birthday", "1980-05-01", "jobTitle", "Chef"));
		contact("Cy", "Moss", Map.of("birthday", "1981-05-01"));
		Map<String, Object> home = Map.of("type", "HOME", "lines", List.of("12 Oak Street"), "city", "Denver",
				"postalCode", "80202", "country", "US");
		contact("Dee", "Ray", Map.of("addresses", List.of(home)));
		contact("D", "Ray", Map.of("addresses", List.of(home), "birthday", "1975-02-03"));
		contact("Eve", "Ray", Map.of("addresses", List.of(home)));
	}

	@Test
	void everyReasonIsListedAsContactsAreWrittenRankedWithItsConflicts() {
		people();
		JsonNode list = ok(VIEWER, LIST, args("first", 10)).at("duplicateCandidates");
		assertThat(list.path("totalCount").asInt()).isEqualTo(4);
		assertThat(pairs(list)).containsExactly("Ann Lee + A Lee 0.9 SAME_EMAIL=ann@lee.example",
				"Cy Moss + Cy Moss 0.8 SAME_NAME_AND_BIRTHDAY=1980-05-01", "Bob Park + Robert Parker 0.7 SAME_PHONE=+13035550155",
				"Dee Ray + D Ray 0.6 SIMILAR_NAME_SAME_ADDRESS=" + list.at("/edges/3/node/reasons/0/value").asString());
		List<String> lee = new ArrayList<>();
		list.at("/edges/0/node/conflicts").forEach(c -> lee.add(c.path("field").asString() + ": "
				+ java.util.stream.Stream.of(c.path("value").asString(), c.path("otherValue").asString()).sorted().toList()));
		assertThat(lee).containsExactly("firstName: [A, Ann]", "company: [Acme, Beta]");
		assertThat(list.at("/edges/1/node/conflicts")).as("one Cy has no job title: nothing to choose").isEmpty();

		// A page at a time.
		JsonNode first = ok(VIEWER, LIST, args("first", 3)).at("duplicateCandidates");
		assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
		JsonNode rest = ok(VIEWER, LIST, args("first", 3, "after", first.at("/pageInfo/endCursor").asString()))
			.at("duplicateCandidates");
		assertThat(pairs(rest)).containsExactly(pairs(list).get(3));
		assertThat(rest.at("/pageInfo/hasNextPage").asBoolean()).isFalse();

		// An edit that removes the shared e-mail takes the pair off the list.
		String aLee = ids.get("A Lee");
		int version = ok(AGENT, "query($id: ID!) { contact(id: $id) { version } }", args("id", aLee)).at("contact.version").asInt();
		ok(AGENT, "mutation($id: ID!, $v: Int!) { updateContact(input: {id: $id, expectedVersion: $v, "
				+ "emails: [{address: \"a.lee@work.example\"}]}) { userErrors { code } } }", args("id", aLee, "v", version));
		assertThat(pairs(ok(VIEWER, LIST, args("first", 10)).at("duplicateCandidates"))).hasSize(3)
			.noneMatch(p -> p.startsWith("Ann Lee"));
	}

	@Test
	void aDismissedPairStaysApartThroughEveryScanAndAMergedOneIsGone() {
		people();
		String dismiss = "mutation($a: ID!, $b: ID!) { dismissDuplicateCandidate(input: {contactId: $a, otherContactId: $b}) "
				+ "{ dismissed userErrors { code field } } }";
		JsonNode list = ok(VIEWER, LIST, args("first", 10)).at("duplicateCandidates");
		JsonNode cys = list.at("/edges/1/node");
		assertThat(ok(AGENT, dismiss, args("a", cys.at("/other/id").asString(), "b", cys.at("/contact/id").asString()))
			.at("dismissDuplicateCandidate.dismissed").asBoolean()).isTrue();
		assertThat(gql(VIEWER, dismiss, args("a", ids.get("Bob Park"), "b", ids.get("Robert Parker"))).errorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(ok(AGENT, dismiss, args("a", ids.get("Bob Park"), "b", ids.get("Bob Park")))
			.at("dismissDuplicateCandidate.userErrors.0.code").asString()).isEqualTo("INVALID");
		assertThat(ok(AGENT, dismiss, args("a", ids.get("Bob Park"), "b", "nobody"))
			.at("dismissDuplicateCandidate.userErrors.0.code").asString()).isEqualTo("NOT_FOUND");

		// Bob and Robert become one contact.
		ok(BROKER, "mutation($s: ID!, $d: ID!) { mergeContacts(input: {survivorId: $s, duplicateId: $d}) { userErrors { code } } }",
				args("s", ids.get("Bob Park"), "d", ids.get("Robert Parker")));

		// Pairs written past the service (a restored store, say) are found by a scan of every contact.
		try (var session = driver.session()) {
			session.run("MATCH ()-[d:DUPLICATE_CANDIDATE]->() DELETE d").consume();
		}
		assertThat(ok(VIEWER, LIST, args("first", 10)).at("duplicateCandidates.totalCount").asInt()).isZero();
		assertThat(gql(AGENT, "mutation { scanDuplicates(input: {}) { job { id } } }").errorCode()).isEqualTo("FORBIDDEN");
		JsonNode tooLong = ok(BROKER, "mutation($n: String) { scanDuplicates(input: {note: $n}) { job { id } userErrors { code field } } }",
				args("n", "x".repeat(501))).at("scanDuplicates");
		assertThat(tooLong.path("job").isNull()).isTrue();
		assertThat(tooLong.at("/userErrors/0/code").asString() + " " + tooLong.at("/userErrors/0/field").toString())
			.isEqualTo("TOO_LONG [\"input\",\"note\"]");
		assertThat(count("MATCH (j:DuplicateScanJob) RETURN count(j)")).as("nothing queued").isZero();
		String job = ok(BROKER, "mutation { scanDuplicates(input: {note: \"after the restore\"}) { job { id status } } }",
				Map.of()).at("scanDuplicates.job.id").asString();
		scans.drain();
		JsonNode done = await(job);
		assertThat(List.of(done.path("status").asString(), done.path("processed").asInt(), done.path("total").asInt(),
				done.path("note").asString())).containsExactly("COMPLETED", 9, 9, "after the restore");
		assertThat(pairs(ok(VIEWER, LIST, args("first", 10)).at("duplicateCandidates"))).containsExactly(
				"Ann Lee + A Lee 0.9 SAME_EMAIL=ann@lee.example",
				"Dee Ray + D Ray 0.6 SIMILAR_NAME_SAME_ADDRESS=" + list.at("/edges/3/node/reasons/0/value").asString());
	}

	@Test
	void theScheduleQueuesOneScanForAllInstances() {
		scans.queueScheduled();
		scans.queueScheduled();
		assertThat(count("MATCH (j:DuplicateScanJob) WHERE j.id STARTS WITH 'scheduled-' RETURN count(j)")).isOne();
	}

	private void contact(String first, String last, Map<String, Object> more) {
		Map<String, Object> input = new HashMap<>(more);
		input.put("firstName", first);
		input.put("lastName", last);
		input.put("allowDuplicate", true);
		String id = ok(AGENT, "mutation($in: CreateContactInput!) { createContact(input: $in) { contact { id } "
				+ "userErrors { code message } } }", args("in", input)).at("createContact.contact.id").asString();
		ids.putIfAbsent(first + " " + last, id);
		created.add(id);
	}

	/** "earlier + later score REASON=value ..." in the list's order, the pair named in creation order. */
	private List<String> pairs(JsonNode list) {
		List<String> pairs = new ArrayList<>();
		list.path("edges").forEach(e -> {
			JsonNode n = e.path("node");
			JsonNode a = n.path("contact");
			JsonNode b = n.path("other");
			if (created.indexOf(a.path("id").asString()) > created.indexOf(b.path("id").asString())) {
				JsonNode swap = a;
				a = b;
				b = swap;
			}
			StringBuilder s = new StringBuilder(a.path("displayName").asString() + " + " + b.path("displayName").asString());
			s.append(' ').append(n.path("score").asDouble());
			n.path("reasons").forEach(r -> s.append(' ').append(r.path("kind").asString()).append('=')
				.append(r.path("value").asString()));
			pairs.add(s.toString());
		});
		return pairs;
	}

	private JsonNode await(String id) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (true) {
			JsonNode job = ok(VIEWER, "query($id: ID) { duplicateScanJob(id: $id) { status processed total note } }",
					args("id", id)).at("duplicateScanJob");
			if (job.path("status").asString().matches("COMPLETED|FAILED")) {
				return job;
			}
			assertThat(System.nanoTime()).as("scan still %s", job).isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

}
