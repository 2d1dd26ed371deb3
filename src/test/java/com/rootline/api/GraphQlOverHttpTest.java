package com.rootline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class GraphQlOverHttpTest extends IntegrationTest {

	@Test
	void answersWithTheGraphQlResponseMediaType() {
		var response = gql(ADMIN, "{ me { name roles kind } }");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/graphql-response+json");
		assertThat(response.at("me.roles").get(0).asString()).isEqualTo("ADMIN");
		assertThat(response.at("me.kind").asString()).isEqualTo("token");
	}

	@Test
	void smoke() {
		var response = gql(VIEWER, "{ me { name } }", Map.of());
		assertThat(response.status()).isEqualTo(200);
	}

}
