package com.rootline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Health, probes and metrics for operators, and the transaction timeout that backs the request timeout. */
class OperationsTest extends IntegrationTest {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void healthShowsNeo4jAndMigrationsWithoutAToken() {
		var health = http.send(HttpRequest.newBuilder(http.uri("/actuator/health")).build());
		assertThat(health.status()).isEqualTo(200);
		var json = health.json();
		assertThat(json.path("status").asString()).isEqualTo("UP");
		assertThat(json.at("/components/neo4j/status").asString()).isEqualTo("UP");
		assertThat(json.at("/components/migrations/status").asString()).isEqualTo("UP");
		assertThat(json.at("/components/migrations/details/version").asString()).matches("\\d{3}");

		assertThat(http.send(HttpRequest.newBuilder(http.uri("/actuator/health/liveness")).build()).status())
			.isEqualTo(200);
		var readiness = http.send(HttpRequest.newBuilder(http.uri("/actuator/health/readiness")).build());
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().at("/components/migrations/status").asString()).isEqualTo("UP");
	}

	@Test
	void metricsAreForAdminsAndCountGraphQlRequests() {
		ok("{ me { name } }", Map.of());
		var anonymous = http.send(HttpRequest.newBuilder(http.uri("/actuator/metrics")).build());
		assertThat(anonymous.status()).isEqualTo(401);
		var viewer = http.send(HttpRequest.newBuilder(http.uri("/actuator/metrics"))
			.header("Authorization", "Bearer " + VIEWER)
			.build());
		assertThat(viewer.status()).isEqualTo(403);
		var metric = http.send(HttpRequest.newBuilder(http.uri("/actuator/metrics/graphql.request"))
			.header("Authorization", "Bearer " + ADMIN)
			.build());
		assertThat(metric.status()).isEqualTo(200);
		assertThat(metric.json().at("/measurements/0/value").asDouble()).isGreaterThan(0);
		var fetchers = http.send(HttpRequest.newBuilder(http.uri("/actuator/metrics/graphql.datafetcher"))
			.header("Authorization", "Bearer " + ADMIN)
			.build());
		assertThat(fetchers.status()).isEqualTo(200);
		assertThat(fetchers.json().at("/availableTags").toString()).contains("field");
		// Spring Security's own observations are switched off (application.yml); HTTP metrics stay.
		for (String name : new String[] { "spring.security.filterchains", "spring.security.authorizations" }) {
			assertThat(http.send(HttpRequest.newBuilder(http.uri("/actuator/metrics/" + name))
				.header("Authorization", "Bearer " + ADMIN)
				.build()).status()).as(name).isEqualTo(404);
		}
		assertThat(http.send(HttpRequest.newBuilder(http.uri("/actuator/metrics/http.server.requests"))
			.header("Authorization", "Bearer " + ADMIN)
			.build()).status()).isEqualTo(200);
	}

	@Test
	void theDatabaseStopsATransactionThatOutlivesTheRequestTimeout() {
		long started = System.nanoTime();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> neo4j
			.query("UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*)")
			.fetch()
			.one())).isInstanceOf(DataAccessException.class);
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		assertThat(seconds).as("stopped near the 8 s transaction timeout of the test profile, not after the whole scan")
			.isLessThan(60);
	}

}
