package com.rootline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.rootline.support.GraphQlHttp;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A mutation retried with the same Idempotency-Key answers the first outcome and writes once. */
class IdempotencyTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CREATE = "mutation($f: String!) { createContact(input: {firstName: $f, lastName: \"Retry\"}) "
			+ "{ contact { id firstName } userErrors { code } } }";

	private GraphQlHttp.Response send(String token, String key, String query, Map<String, Object> variables) {
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
		if (key != null) {
			request.header(IdempotentMutations.HEADER, key);
		}
		return http.send(request.build());
	}

	@Test
	void aRetryAnswersTheFirstOutcomeAndWritesOnce() {
		var first = send(AGENT, "key-1", CREATE, Map.of("f", "Ann"));
		var retry = send(AGENT, "key-1", CREATE, Map.of("f", "Ann"));
		assertThat(retry.at("createContact.contact.id").asString()).isEqualTo(first.at("createContact.contact.id").asString());
		assertThat(count("MATCH (c:Contact {firstName: 'Ann'}) RETURN count(c)")).isOne();

		var otherBody = send(AGENT, "key-1", CREATE, Map.of("f", "Bob"));
		assertThat(otherBody.errorCode()).isEqualTo("IDEMPOTENCY_CONFLICT");
		assertThat(count("MATCH (c:Contact {firstName: 'Bob'}) RETURN count(c)")).isZero();

		var otherCaller = send(BROKER, "key-1", CREATE, Map.of("f", "Ann"));
		assertThat(otherCaller.at("createContact.contact.id").asString()).as("keys are per caller")
			.isNotEqualTo(first.at("createContact.contact.id").asString());

		send(AGENT, null, CREATE, Map.of("f", "Cy"));
		send(AGENT, null, CREATE, Map.of("f", "Cy"));
		assertThat(count("MATCH (c:Contact {firstName: 'Cy'}) RETURN count(c)")).as("without a key nothing changes").isEqualTo(2);

		var query = send(AGENT, "key-1", "{ me { name } }", Map.of());
		assertThat(query.errorCode()).as("queries ignore the key").isNull();
		assertThat(send(AGENT, " ", CREATE, Map.of("f", "Dee")).errorCode()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void concurrentRetriesOfOneKeyWriteOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<GraphQlHttp.Response>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				Callable<GraphQlHttp.Response> call = () -> send(AGENT, "same-key", CREATE, Map.of("f", "Eve"));
				answers.add(pool.submit(call));
			}
			List<String> ids = new ArrayList<>();
			for (Future<GraphQlHttp.Response> answer : answers) {
				GraphQlHttp.Response response = answer.get();
				if (response.errorCode() == null) {
					ids.add(response.at("createContact.contact.id").asString());
				}
				else {
					assertThat(response.errorCode()).isEqualTo("IDEMPOTENCY_CONFLICT");
				}
			}
			assertThat(ids).isNotEmpty().allMatch(ids.getFirst()::equals);
			assertThat(count("MATCH (c:Contact {firstName: 'Eve'}) RETURN count(c)")).isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
