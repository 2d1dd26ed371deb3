package com.rootline.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
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

	EmbeddedNeo4j(Path dataDir, int boltPort, Duration startupWait) {
		Path home = dataDir.toAbsolutePath().normalize();
		long started = System.nanoTime();
		this.service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
		GraphDatabaseService db = this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		// A store that was not shut down cleanly recovers first; that can take minutes on a large one.
		long deadline = System.nanoTime() + startupWait.toNanos();
		while (!db.isAvailable(10_000)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The embedded database under " + home + " did not become available within "
						+ startupWait.toSeconds() + " s (rootline.neo4j.startup-wait)");
			}
			log.info("The embedded database is still starting (recovering after an unclean stop?); waiting");
		}
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
