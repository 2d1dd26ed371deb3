package com.rootline.graph;

import java.net.URI;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Neo4j Community database of the default run. Bolt listens on loopback only, so the store
 * can be inspected with Neo4j Browser or cypher-shell from this machine and from nowhere else;
 * that is also why authentication is left off.
 */
final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	EmbeddedNeo4j(Path dataDir, int boltPort) {
		Path home = dataDir.toAbsolutePath().normalize();
		long started = System.nanoTime();
		this.service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
		this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		this.boltUri = URI.create("bolt://127.0.0.1:" + boltPort);
		log.info("Embedded Neo4j started in {} ms; store {}, Bolt {} (loopback only)",
				(System.nanoTime() - started) / 1_000_000, home, boltUri);
	}

	URI boltUri() {
		return boltUri;
	}

	@Override
	public void close() {
		// A clean shutdown checkpoints the store, so the next start needs no recovery.
		log.info("Shutting down embedded Neo4j");
		service.shutdown();
	}

}
