package com.rootline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import javax.management.ObjectName;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The HTTP contract of {@code /graphql}: GraphQL-over-HTTP, authentication, roles and error codes. */
class GraphQlOverHttpTest extends IntegrationTest {

	/**
	 * Every request makes its own DataLoaders; none may stay long after it. They did: the Neo4j
	 * driver's pool keeps an acquisition-timeout task for every connection it lends until the
	 * timeout passes, and the task reached the request through the connection's observation; at
	 * the default 60 s a load benchmark's heap held 514,368 DataLoaders and its young collections
	 * took up to 300 ms. The test profile sets that timeout to 60 s, longer than this test waits, so
	 * the test fails whenever the request is still reachable from the driver, however short the
	 * timeout production runs with.
	 */
	@Test
	void aRequestLeavesNothingBehindInTheHeap() throws Exception {
		String id = ok(AGENT, "mutation { createContact(input: {firstName: \"Ann\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		long before = liveInstances("org.dataloader.DataLoader");
		for (int i = 0; i < 200; i++) {
			assertThat(gql(VIEWER, "query($id: ID!) { contact(id: $id) { id displayName } }", Map.of("id", id))
				.at("contact.id").asString()).isEqualTo(id);
		}
		long deadline = System.nanoTime() + 10_000_000_000L;
		long left = liveInstances("org.dataloader.DataLoader") - before;
		while (left >= 20 && System.nanoTime() < deadline) {
			Thread.sleep(250);
			left = liveInstances("org.dataloader.DataLoader") - before;
		}
		assertThat(left).as("DataLoaders of 200 requests still in the heap 10 s later").isLessThan(20);
	}

	/** Instances of a class still reachable, from a class histogram (which collects garbage first). */
	private static long liveInstances(String className) throws Exception {
		String histogram = (String) ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
					new Object[] { new String[0] }, new String[] { String[].class.getName() });
		return histogram.lines()
			.map(String::trim)
			.map(line -> line.split("\\s+"))
			.filter(cols -> cols.length >= 4 && cols[3].equals(className))
			.mapToLong(cols -> Long.parseLong(cols[1]))
			.sum();
	}

	@Test
	void answersWithTheGraphQlResponseMediaType() {
		var response = gql(ADMIN, "{ me { name roles kind } }");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/graphql-response+json");
		assertThat(response.at("me.roles").get(0).asString()).isEqualTo("ADMIN");
		assertThat(response.at("me.kind").asString()).isEqualTo("token");
	}

	@Test
	void aDocumentThatDoesNotParseOrValidateIs400WithACode() {
		var syntax = gql(ADMIN, "{ me { name ");
		assertThat(syntax.status()).isEqualTo(400);
		assertThat(syntax.errorCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(syntax.json().has("data")).isFalse();

		var unknownField = gql(ADMIN, "{ me { shoeSize } }");
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(unknownField.errorCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(unknownField.errors().get(0).path("extensions").path("classification").asString())
			.isEqualTo("ValidationError");
	}

	@Test
	void getIsNotAllowedSoNoMutationRunsOverGet() {
		var request = HttpRequest.newBuilder(http.uri("/graphql?query=mutation%7BrevokeApiToken(input:%7Bid:%22x%22%7D)%7Btoken%7Bid%7D%7D%7D"))
			.header("Authorization", "Bearer " + ADMIN)
			.GET()
			.build();
		var response = http.send(request);
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.raw().headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void batchedArraysAreRejected() {
		var response = http.postRaw(ADMIN, "[{\"query\":\"{ me { name } }\"},{\"query\":\"{ me { name } }\"}]",
				"application/graphql-response+json");
		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void noTokenUnknownTokenAndRevokedTokenAre401() {
		assertThat(gql(null, "{ me { name } }").status()).isEqualTo(401);
		var unknown = gql("rl_not_a_token_anyone_issued", "{ me { name } }");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.raw().headers().firstValue("WWW-Authenticate")).isPresent();

		var created = ok("""
				mutation { createApiToken(input: {name: "dashboard", roles: [VIEWER]}) {
				  token { id name roles } secret userErrors { code } } }""", Map.of());
		String secret = created.at("createApiToken.secret").asString();
		String id = created.at("createApiToken.token.id").asString();
		assertThat(secret).startsWith("rl_");
		assertThat(ok(secret, "{ me { name roles } }", Map.of()).at("me.name").asString()).isEqualTo("dashboard");
		// lastUsedAt is written off the request's path, so it may land just after the answer.
		assertThat(stored(id, secret)).isEqualTo(1);

		ok("mutation($id: ID!) { revokeApiToken(input: {id: $id}) { token { revokedAt } } }", Map.of("id", id));
		assertThat(gql(secret, "{ me { name } }").status()).isEqualTo(401);
	}

	/** Tokens with this id stored hashed and marked used, within five seconds. */
	private long stored(String id, String secret) {
		long deadline = System.nanoTime() + 5_000_000_000L;
		long found;
		while ((found = count("MATCH (t:ApiToken {id: $id}) WHERE t.hash <> $secret AND t.lastUsedAt IS NOT NULL "
				+ "RETURN count(t)", Map.of("id", id, "secret", secret))) == 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return found;
	}

	@Test
	void aWrongRoleGetsForbidden() {
		var response = gql(VIEWER, "{ apiTokens { id } }");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
		assertThat(response.errors().get(0).path("extensions").path("classification").asString())
			.isEqualTo("FORBIDDEN");
		assertThat(response.errors().get(0).path("path").get(0).asString()).isEqualTo("apiTokens");

		var mutation = gql(BROKER, "mutation { createApiToken(input: {name: \"x\", roles: [ADMIN]}) { secret } }");
		assertThat(mutation.errorCode()).isEqualTo("FORBIDDEN");
		assertThat(count("MATCH (t:ApiToken {name: 'x'}) RETURN count(t)")).isZero();
	}

	@Test
	void userErrorsNameTheInputPathAndWriteNothing() {
		var response = ok("mutation { createApiToken(input: {name: \" \", roles: []}) { token { id } secret "
				+ "userErrors { field code message } } }", Map.of());
		var errors = response.at("createApiToken.userErrors");
		assertThat(errors).hasSize(2);
		assertThat(errors.get(0).path("field").toString()).isEqualTo("[\"input\",\"name\"]");
		assertThat(errors.get(0).path("code").asString()).isEqualTo("REQUIRED");
		assertThat(errors.get(1).path("field").toString()).isEqualTo("[\"input\",\"roles\"]");
		assertThat(response.at("createApiToken.token").isNull()).isTrue();
		assertThat(count("MATCH (t:ApiToken) RETURN count(t)")).isEqualTo(5);
	}

	@Test
	void corsAllowsConfiguredDashboardOriginsOnly() {
		HttpRequest preflight = HttpRequest.newBuilder(http.uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://dashboard.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type")
			.build();
		var allowed = http.send(preflight);
		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.raw().headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://dashboard.example");

		HttpRequest other = HttpRequest.newBuilder(http.uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.build();
		assertThat(http.send(other).status()).isEqualTo(403);
	}

	@Test
	void variablesOfTheWrongTypeAreRejectedWithACode() {
		var response = gql(ADMIN, "mutation($r: [Role!]!) { createApiToken(input: {name: \"n\", roles: $r}) { secret } }",
				Map.of("r", List.of("EMPEROR")));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("VALIDATION_FAILED");
	}

}
