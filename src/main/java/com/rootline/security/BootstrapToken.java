package com.rootline.security;

import java.util.EnumSet;
import java.util.UUID;

import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import com.rootline.graph.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Gives an empty store its first ADMIN token, before the API serves: the value of
 * {@code ROOTLINE_BOOTSTRAP_TOKEN} if set, otherwise a random one printed once to the log.
 */
@Component
class BootstrapToken implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);

	private final ApiTokens tokens;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final String configured;

	BootstrapToken(ApiTokens tokens, Neo4jClient neo4j, CypherQueries queries, MigrationState migrated,
			@Value("${rootline.bootstrap-token:}") String configured) {
		this.tokens = tokens;
		this.neo4j = neo4j;
		this.queries = queries;
		this.configured = configured;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String owner = UUID.randomUUID().toString();
		boolean claimed = neo4j.query(queries.get("security/claim-bootstrap"))
			.bindAll(Statements.parameters(new Owner(owner)))
			.fetch()
			.one()
			.isPresent();
		if (!claimed) {
			return;
		}
		if (!configured.isBlank() && configured.strip().length() < 20) {
			throw new IllegalStateException("ROOTLINE_BOOTSTRAP_TOKEN must be at least 20 characters long");
		}
		String secret = configured.isBlank() ? null : configured.strip();
		ApiTokens.Issued issued = tokens.create("bootstrap admin", EnumSet.of(Role.ADMIN), null, secret, "bootstrap");
		if (secret == null) {
			log.warn("""

					================================================================
					 Rootline created the first ADMIN API token. It is shown once:

					     {}

					 Use it as 'Authorization: Bearer <token>' and create named
					 tokens with createApiToken; revoke this one when done.
					================================================================""", issued.secret());
		}
		else {
			log.info("Created the bootstrap ADMIN token from ROOTLINE_BOOTSTRAP_TOKEN");
		}
	}

	private record Owner(String owner) {
	}

}
