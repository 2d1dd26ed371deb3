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
	void aDocumentWithinTheLimitsRuns() {
		String query = IntStream.range(0, 30).mapToObj(i -> "a" + i + ": me { name }").collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(ok(query, java.util.Map.of()).at("a29.name").isString()).isTrue();
	}

}
