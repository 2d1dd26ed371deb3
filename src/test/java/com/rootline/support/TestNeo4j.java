package com.rootline.support;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
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
					Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
						.withDisabledServer()
						.withConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes())
						// Sampling rescans whole indexes in the background while a benchmark bulk-loads; the
						// loader resamples once at the end instead (db.prepareForReplanning).
						.withConfig(GraphDatabaseSettings.index_background_sampling_enabled, false)
						.build();
					Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "test-neo4j-shutdown"));
					instance = neo4j;
				}
			}
		}
		return instance;
	}

	/**
	 * The harness's own page cache is 8 MiB, which turns every query on benchmark data into disk
	 * reads (a million contacts take about 2.5 GB of store and indexes). Tests get 256 MiB; a
	 * benchmark run ({@code rootline.bench.contacts}) gets 3 KiB per contact, 3 GiB at a million, as
	 * a server sized for its data would have.
	 */
	private static long pageCacheBytes() {
		long contacts = Long.getLong("rootline.bench.contacts", 0);
		return Math.max(256L << 20, contacts * 3 * 1024);
	}

}
