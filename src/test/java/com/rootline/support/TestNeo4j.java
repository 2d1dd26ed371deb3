package com.rootline.support;

import java.net.URI;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The one Neo4j of the test JVM, started on first use and stopped when the JVM exits. Tests never
 * restart it: they wipe data between tests instead (see {@link IntegrationTest}).
 */
public final class TestNeo4j {

	private static volatile Neo4j instance;

	private TestNeo4j() {
	}

	public static URI boltUri() {
		return get().boltURI();
	}

	public static Neo4j get() {
		if (instance == null) {
			synchronized (TestNeo4j.class) {
				if (instance == null) {
					// The harness's HTTP server would clash with Spring Boot's Jersey; Bolt is all we need.
					Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
					Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "test-neo4j-shutdown"));
					instance = neo4j;
				}
			}
		}
		return instance;
	}

}
