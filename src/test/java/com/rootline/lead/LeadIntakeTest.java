package com.rootline.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.rootline.support.IntegrationTest;
import com.rootline.support.TestSmtp;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A web form post, over real HTTP, to a contact with its lead source, owner, inquiry and call task,
 * and to e-mails received by a real SMTP server: one welcome signed by the agent and one notification.
 */
class LeadIntakeTest extends IntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final String ORIGIN = "https://homes.example";

	private String outletId;

	private String ann;

	private String bob;

	private String key;

	@BeforeEach
	void site() {
		outletId = ok(MARKETING, "mutation { createMediaOutlet(input: {mediaTypeId: \"media-type-internet\", "
				+ "name: \"homes-site\"}) { outlet { id } } }", Map.of())
			.at("createMediaOutlet.outlet.id").asString();
		ann = agent("Ann Agent", "ann@brokerage.example", "Ann Agent, REALTOR\n555-0101");
		bob = agent("Bob Broker", "bob@brokerage.example", "Bob");
		ok(BROKER, "mutation($o: ID, $a: [ID!]!) { saveLeadRoute(input: {outletId: $o, agentIds: $a, callWithinMinutes: 10})"
				+ " { route { id } userErrors { code } } }", args("o", outletId, "a", List.of(ann, bob)));
		key = ok(ADMIN, "mutation($o: ID!) { createLeadSite(input: {name: \"Homes\", outletId: $o, "
				+ "allowedOrigins: [\"https://Homes.example\"]}) { site { publicKey allowedOrigins } userErrors { code } } }",
				args("o", outletId))
			.at("createLeadSite.site.publicKey").asString();
	}

	private String agent(String name, String email, String signature) {
		return ok(BROKER, "mutation($n: String!, $e: String, $s: String) { createAgent(input: {kind: TEAM, role: AGENT, "
				+ "name: $n, email: $e, signature: $s}) { agent { id } } }", args("n", name, "e", email, "s", signature))
			.at("createAgent.agent.id").asString();
	}

	@Test
	void aFormPostBecomesAContactOwnedByTheRoutedAgentWithOneWelcomeSignedByThemEvenWhenRetried() throws Exception {
		Map<String, String> form = form("Carla", "Cruz", "carla@example.com", "(312) 555-0199");
		form.put("message", "We like the Oak Park listings");
		form.put("communities", "Oak Park, Evanston");
		form.put("priceRange", "$400k-$500k");
		form.put("consentToEmail", "on");
		HttpResponse<String> first = postForm(form, "key-1", ORIGIN);
		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
		HttpResponse<String> retried = postForm(form, "key-1", ORIGIN);
		assertThat(retried.statusCode()).isEqualTo(202);
		assertThat(retried.body()).isEqualTo(first.body());
		awaitOutboxSettled();

		JsonNode contact = ok(BROKER, """
				{ contacts(filter: {search: "Carla"}) { edges { node { id firstName emails { address } phones { e164 }
				  owner { id } referredBy { __typename ... on MediaOutlet { id } }
				  emailStatus { consentedAt campaignsAllowed }
				  interactions(first: 5) { edges { node { kind direction summary } } } } } } }""", Map.of())
			.at("contacts.edges");
		assertThat(contact).hasSize(1);
		JsonNode node = contact.get(0).get("node");
		assertThat(node.at("/owner/id").asString()).isEqualTo(ann);
		assertThat(node.at("/referredBy/id").asString()).isEqualTo(outletId);
		assertThat(node.at("/phones/0/e164").asString()).isEqualTo("+13125550199");
		assertThat(node.at("/emailStatus/campaignsAllowed").asBoolean()).isTrue();
		// The inquiry, and the welcome e-mail logged when it was sent.
		assertThat(node.at("/interactions/edges")).hasSize(2);
		JsonNode inquiry = java.util.stream.StreamSupport.stream(node.at("/interactions/edges").spliterator(), false)
			.map(e -> e.get("node"))
			.filter(i -> i.get("kind").asString().equals("WEB_FORM"))
			.findFirst()
			.orElseThrow();
		assertThat(inquiry.get("direction").asString()).isEqualTo("INBOUND");
		assertThat(inquiry.get("summary").asString()).contains("Oak Park, Evanston; $400k-$500k")
			.contains("We like the Oak Park listings");
		assertThat(count("MATCH (t:Task {assigneeId: $a, kind: 'CALL', priority: 'HIGH', status: 'OPEN'}) RETURN count(t)",
				Map.of("a", ann))).isEqualTo(1);

		List<MimeMessage> welcome = TestSmtp.to("carla@example.com");
		assertThat(welcome).hasSize(1);
		MimeMessage note = welcome.getFirst();
		assertThat(((InternetAddress) note.getFrom()[0]).getPersonal()).isEqualTo("Ann Agent");
		assertThat(((InternetAddress) note.getFrom()[0]).getAddress()).isEqualTo("homes@brokerage.example");
		assertThat(((InternetAddress) note.getReplyTo()[0]).getAddress()).isEqualTo("ann@brokerage.example");
		assertThat(note.getSubject()).isEqualTo("Thank you for reaching out, Carla");
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(note)).contains("Ann Agent, REALTOR")
			.contains("Maple Street Realty");
		List<MimeMessage> notification = TestSmtp.to("ann@brokerage.example");
		assertThat(notification).hasSize(1);
		assertThat(notification.getFirst().getSubject()).isEqualTo("New lead from homes-site: Carla Cruz");
		assertThat(TestSmtp.to("bob@brokerage.example")).isEmpty();
		// Sending logged the welcome on the contact; the web form itself is not the agent's touch.
		assertThat(count("MATCH (:Contact {firstName: 'Carla'})-[:HAD]->(i:Interaction {kind: 'EMAIL', direction: 'OUTBOUND'}) "
				+ "RETURN count(i)")).isEqualTo(1);
	}

	@Test
	void leadsGoToTheRouteAgentsInTurnAndAKnownPersonKeepsOwnerAndOriginWithTheSameAnswer() throws Exception {
		HttpResponse<String> first = postForm(form("Dana", "Diaz", "dana@example.com", null), null, ORIGIN);
		postForm(form("Eli", "Evans", "eli@example.com", null), null, ORIGIN);
		postForm(form("Fay", "Fox", null, "312-555-0100"), null, ORIGIN);
		assertThat(owner("Dana")).isEqualTo(ann);
		assertThat(owner("Eli")).isEqualTo(bob);
		assertThat(owner("Fay")).isEqualTo(ann);

		String referrer = ok(AGENT, "mutation { createContact(input: {firstName: \"Gil\", lastName: \"Grey\"}) { contact { id } } }",
				Map.of()).at("createContact.contact.id").asString();
		String dana = contactId("Dana");
		ok(AGENT, "mutation($c: ID!, $r: ID!) { changeReferrer(input: {contactId: $c, referrerId: $r}) { userErrors { code } } }",
				args("c", dana, "r", referrer));
		HttpResponse<String> again = postForm(form("Dana", "Diaz", "DANA@example.com", null), null, ORIGIN);
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(again.body()).as("a known person gets the same answer as a new one").isEqualTo(first.body());
		assertThat(count("MATCH (c:Contact {firstName: 'Dana'}) RETURN count(c)")).isEqualTo(1);
		assertThat(owner("Dana")).isEqualTo(ann);
		assertThat(count("MATCH (:Contact {id: $c})-[:REFERRED_BY]->(:Contact {id: $r}) RETURN count(*)",
				Map.of("c", dana, "r", referrer))).isEqualTo(1);
		assertThat(count("MATCH (:Contact {id: $c})-[:HAD]->(i:Interaction {kind: 'WEB_FORM'}) "
				+ "WHERE i.summary CONTAINS 'already had an origin' RETURN count(i)", Map.of("c", dana))).isEqualTo(1);
		// The next new lead continues the turn: Dana's second form took none.
		postForm(form("Hal", "Hill", "hal@example.com", null), null, ORIGIN);
		assertThat(owner("Hal")).isEqualTo(bob);
	}

	@Test
	void aHoneypotHitIsAnsweredLikeALeadAndDropped() throws Exception {
		Map<String, String> form = form("Bot", "Net", "bot@example.com", null);
		form.put("website", "http://spam.example");
		HttpResponse<String> response = postForm(form, null, ORIGIN);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isZero();
		assertThat(count("MATCH (m:OutboxMessage) RETURN count(m)")).isZero();
	}

	@Test
	void aJsonPostFromTheSitesPageWorksAfterItsPreflight() throws Exception {
		HttpResponse<String> preflight = CLIENT.send(HttpRequest.newBuilder(http.uri("/leads?key=" + key))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", ORIGIN)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,idempotency-key")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(preflight.statusCode()).isEqualTo(204);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).contains("Idempotency-Key");
		HttpResponse<String> other = CLIENT.send(HttpRequest.newBuilder(http.uri("/leads?key=" + key))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

		HttpResponse<String> post = post("/leads?key=" + key, "application/json",
				"{\"firstName\": \"Ivy\", \"email\": \"ivy@example.com\", \"communities\": [\"Evanston\"]}", "json-1", ORIGIN);
		assertThat(post.statusCode()).isEqualTo(202);
		assertThat(owner("Ivy")).isEqualTo(ann);
	}

	@Test
	void badPostsAreRefusedWithATypedErrorAndLeaveNothing() throws Exception {
		Map<String, String> good = form("Jo", "Jones", "jo@example.com", null);
		assertError(postForm(good, null, "https://evil.example"), 403, "FORBIDDEN");
		assertError(post("/leads?key=pk_nope", "application/x-www-form-urlencoded", encode(good), null, ORIGIN), 401,
				"UNAUTHENTICATED");
		assertThat(assertError(postForm(form("Jo", "Jones", "not-an-address", null), null, ORIGIN), 400,
				"VALIDATION_FAILED").get("field").asString()).isEqualTo("email");
		assertThat(assertError(postForm(form("Jo", "Jones", null, null), null, ORIGIN), 400, "VALIDATION_FAILED")
			.get("field").asString()).isEqualTo("email");
		Map<String, String> huge = form("Jo", "Jones", "jo@example.com", null);
		huge.put("message", "x".repeat(20_000));
		assertError(postForm(huge, null, ORIGIN), 413, "PAYLOAD_TOO_LARGE");
		assertError(post("/leads?key=" + key, "text/plain", "hello", null, ORIGIN), 415, "UNSUPPORTED_MEDIA_TYPE");
		assertError(post("/leads?key=" + key, "application/json", "{not json", null, ORIGIN), 400, "MALFORMED_REQUEST");
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isZero();
		assertThat(count("MATCH (n) WHERE n:OutboxMessage OR n:LeadSubmission OR n:Task RETURN count(n)")).isZero();

		String siteId = ok(ADMIN, "{ leadSites { id } }", Map.of()).at("leadSites.0.id").asString();
		ok(ADMIN, "mutation($id: ID!) { revokeLeadSite(input: {id: $id}) { site { active revokedAt } } }", args("id", siteId));
		assertError(postForm(good, null, ORIGIN), 401, "UNAUTHENTICATED");
	}

	@Test
	void siteKeysAndRoutesAreCheckedAndRoleBound() {
		assertThat(gql(BROKER, "{ leadSites { id } }").errorCode()).isEqualTo("FORBIDDEN");
		JsonNode errors = ok(ADMIN, "mutation($o: ID!) { createLeadSite(input: {name: \"X\", outletId: $o, "
				+ "allowedOrigins: [\"https://ok.example\", \"ftp://files.example\", \"https://x.example/path\"]}) "
				+ "{ site { id } userErrors { field code } } }", args("o", outletId))
			.at("createLeadSite.userErrors");
		assertThat(errors).hasSize(2);
		assertThat(errors.get(0).at("/field").toString()).isEqualTo("[\"input\",\"allowedOrigins\",\"1\"]");
		assertThat(errors.get(0).at("/code").asString()).isEqualTo("INVALID_ORIGIN");
		String partner = ok(BROKER, "mutation { createAgent(input: {kind: PARTNER, role: OUTSIDE_AGENT, name: \"Pat\"}) "
				+ "{ agent { id } } }", Map.of()).at("createAgent.agent.id").asString();
		JsonNode routeErrors = ok(BROKER, "mutation($a: [ID!]!) { saveLeadRoute(input: {agentIds: $a, "
				+ "notificationTemplateId: \"lead-welcome\"}) { route { id } userErrors { field code } } }",
				args("a", List.of(ann, partner)))
			.at("saveLeadRoute.userErrors");
		assertThat(routeErrors.get(0).at("/code").asString()).isEqualTo("WRONG_AGENT_KIND");
		assertThat(routeErrors.get(0).at("/field").toString()).isEqualTo("[\"input\",\"agentIds\",\"1\"]");
		JsonNode wrongPurpose = ok(BROKER, "mutation($a: [ID!]!) { saveLeadRoute(input: {agentIds: $a, "
				+ "notificationTemplateId: \"lead-welcome\"}) { route { id } userErrors { field code } } }",
				args("a", List.of(ann)))
			.at("saveLeadRoute.userErrors.0");
		assertThat(wrongPurpose.at("/code").asString()).isEqualTo("WRONG_PURPOSE");
		JsonNode routes = ok(BROKER, "{ leadRoutes { outlet { name } agents { name } callWithinMinutes "
				+ "welcomeTemplate { name } } }", Map.of()).at("leadRoutes");
		assertThat(routes).hasSize(1);
		assertThat(routes.at("/0/agents/1/name").asString()).isEqualTo("Bob Broker");
		assertThat(routes.at("/0/welcomeTemplate/name").asString()).isEqualTo("Lead welcome");
	}

	private JsonNode assertError(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode body = com.rootline.support.GraphQlHttp.JSON.readTree(response.body());
		assertThat(body.get("code").asString()).isEqualTo(code);
		return body;
	}

	private String owner(String firstName) {
		try (var session = driver.session()) {
			return session.run("MATCH (a:Agent)-[:OWNS]->(:Contact {firstName: $f}) RETURN a.id AS id", Map.of("f", firstName))
				.single().get("id").asString();
		}
	}

	private String contactId(String firstName) {
		try (var session = driver.session()) {
			return session.run("MATCH (c:Contact {firstName: $f}) RETURN c.id AS id", Map.of("f", firstName))
				.single().get("id").asString();
		}
	}

	private static Map<String, String> form(String first, String last, String email, String phone) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("firstName", first);
		form.put("lastName", last);
		if (email != null) {
			form.put("email", email);
		}
		if (phone != null) {
			form.put("phone", phone);
		}
		form.put("website", "");
		return form;
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpResponse<String> postForm(Map<String, String> form, String idempotencyKey, String origin)
			throws Exception {
		return post("/leads?key=" + key, "application/x-www-form-urlencoded", encode(form), idempotencyKey, origin);
	}

	private HttpResponse<String> post(String path, String contentType, String body, String idempotencyKey, String origin)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.uri(path).toString()))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (origin != null) {
			request.header("Origin", origin);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
