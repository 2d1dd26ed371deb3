package com.rootline.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Start-up waits for a database that is not there yet (a store still recovering, a cluster without
 * a leader): here the database comes up three seconds after start-up began asking, on a driver
 * whose connection attempts give up after one second, and start-up goes on once it answers.
 */
@Order(3)
class DatabaseWaitTest {

	@TempDir
	Path store;

	@Test
	void startUpWaitsForADatabaseThatComesUpLate() throws Exception {
		int port = freePort();
		Config config = Config.builder().withConnectionTimeout(1, TimeUnit.SECONDS)
			.withConnectionAcquisitionTimeout(1, TimeUnit.SECONDS).build();
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(), config)) {
			CompletableFuture<EmbeddedNeo4j> late = CompletableFuture.supplyAsync(() -> {
				sleep(3_000);
				return new EmbeddedNeo4j(store, port, Duration.ofMinutes(1));
			});
			long started = System.nanoTime();
			DatabaseWait.until(driver, Duration.ofMinutes(2));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(3));
			try (var session = driver.session()) {
				assertThat(session.run("RETURN 42 AS answer").single().get("answer").asInt()).isEqualTo(42);
			}
			late.get().close();
		}
	}

	@Test
	void withoutADatabaseStartUpGivesUpAtTheLimitSayingWhy() throws IOException {
		Config config = Config.builder().withConnectionTimeout(1, TimeUnit.SECONDS).build();
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + freePort(), AuthTokens.none(), config)) {
			assertThatThrownBy(() -> DatabaseWait.until(driver, Duration.ofSeconds(2)))
				.hasMessageContaining("did not become available within 2 s (rootline.neo4j.startup-wait)");
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
