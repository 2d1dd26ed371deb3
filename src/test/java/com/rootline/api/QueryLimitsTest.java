package com.rootline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Abusive documents are refused with LIMIT_EXCEEDED before any data is read. */
class QueryLimitsTest extends IntegrationTest {

	@Test
	void tooManyAliases() {
		String query = IntStream.range(0, 31).mapToObj(i -> "a" + i + ": me { name }").collect(Collectors.joining(" ", "{ ", " }"));
		var response = gql(ADMIN, query);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(response.errors().get(0).path("extensions").path("limit").asString()).isEqualTo("aliases");
	}

	@Test
	void tooManyTokens() {
		String query = IntStream.range(0, 3100).mapToObj(i -> "name").collect(Collectors.joining(" ", "{ me { ", " } }"));
		var response = gql(ADMIN, query);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("LIMIT_EXCEEDED");
	}

	@Test
	void aCachedDocumentIsCheckedAgainWithEachRequestsVariables() {
		String query = "query($n: Int) { contacts(first: $n) { edges { node { id } } } }";
		assertThat(ok(query, java.util.Map.of("n", 10)).at("contacts.edges").isArray()).isTrue();
		var tooBig = gql(ADMIN, query, java.util.Map.of("n", 100_000));
		assertThat(tooBig.errorCode()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(ok(query, java.util.Map.of("n", 5)).at("contacts.edges").isArray()).isTrue();
	}

	@Test
	void aRefusedDocumentStaysRefusedWhenSentAgain() {
		String query = IntStream.range(0, 31).mapToObj(i -> "a" + i + ": me { name }").collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(gql(ADMIN, query).errorCode()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(gql(ADMIN, query).errorCode()).isEqualTo("LIMIT_EXCEEDED");
	}

	@Test
	void aDocumentWithinTheLimitsRuns() {
		String query = IntStream.range(0, 30).mapToObj(i -> "a" + i + ": me { name }").collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(ok(query, java.util.Map.of()).at("a29.name").isString()).isTrue();
	}

}
