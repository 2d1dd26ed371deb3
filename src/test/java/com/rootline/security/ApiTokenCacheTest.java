package com.rootline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import com.rootline.graph.Statements;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A checked token is trusted for the cache period without a database round trip: a revocation made
 * elsewhere (another instance, here straight in the graph) takes effect when the period ends, one
 * made here at once. Unknown and revoked secrets are never trusted from memory.
 */
class ApiTokenCacheTest extends IntegrationTest {

	private static final Duration TRUST = Duration.ofSeconds(2);

	@Autowired
	private Neo4jClient neo4j;

	@Autowired
	private Statements statements;

	@Test
	void aRevocationElsewhereTakesEffectWhenTheCachePeriodEnds() throws InterruptedException {
		ApiTokens tokens = new ApiTokens(neo4j, queries, statements, TRUST);
		ApiTokens.Issued issued = tokens.create("kiosk", EnumSet.of(Role.VIEWER), null, null, "test");
		long checkedAt = System.nanoTime();
		assertThat(tokens.authenticate(issued.secret())).map(Caller::name).hasValue("kiosk");

		revokeInTheGraph(issued.token().id());
		assertThat(count("MATCH (t:ApiToken {id: $id}) WHERE t.revokedAt IS NOT NULL RETURN count(t)",
				Map.of("id", issued.token().id()))).isEqualTo(1);
		if (System.nanoTime() - checkedAt < TRUST.toNanos() / 2) {
			assertThat(tokens.authenticate(issued.secret())).as("still trusted within the period").isPresent();
		}

		Thread.sleep(TRUST.plusMillis(100));
		assertThat(tokens.authenticate(issued.secret())).as("checked again after the period").isEmpty();
		assertThat(tokens.authenticate(issued.secret())).as("a revoked secret is not remembered").isEmpty();
	}

	@Test
	void aRevocationHereTakesEffectAtOnce() {
		ApiTokens tokens = new ApiTokens(neo4j, queries, statements, TRUST);
		ApiTokens.Issued issued = tokens.create("laptop", EnumSet.of(Role.AGENT), null, null, "test");
		assertThat(tokens.authenticate(issued.secret())).isPresent();
		tokens.revoke(issued.token().id(), "test");
		assertThat(tokens.authenticate(issued.secret())).isEmpty();
		assertThat(tokens.authenticate("rl_never_issued")).isEmpty();
	}

	@Test
	void withNoCachePeriodEveryCheckAsksTheGraph() {
		ApiTokens tokens = new ApiTokens(neo4j, queries, statements, Duration.ZERO);
		ApiTokens.Issued issued = tokens.create("tablet", EnumSet.of(Role.VIEWER), null, null, "test");
		assertThat(tokens.authenticate(issued.secret())).isPresent();
		revokeInTheGraph(issued.token().id());
		assertThat(tokens.authenticate(issued.secret())).isEmpty();
	}

	private void revokeInTheGraph(String id) {
		try (var session = driver.session()) {
			session.run("MATCH (t:ApiToken {id: $id}) SET t.revokedAt = datetime()", Map.of("id", id)).consume();
		}
	}

}
