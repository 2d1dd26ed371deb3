package com.rootline.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The runner on a scratch database of its own, so that its scripts never touch the application's
 * migration history in the shared harness.
 */
@Order(4)
class MigrationRunnerTest {

	private static Neo4j scratch;

	private static Driver driver;

	@TempDir
	Path scripts;

	private final GraphProperties.Migrations settings = new GraphProperties.Migrations(Duration.ofSeconds(20),
			Duration.ofMinutes(10));

	@BeforeAll
	static void start() {
		scratch = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
		driver = GraphDatabase.driver(scratch.boltURI(), AuthTokens.none());
	}

	@AfterAll
	static void stop() {
		driver.close();
		scratch.close();
	}

	@BeforeEach
	void clean() {
		try (var session = driver.session()) {
			session.run("MATCH (n) DETACH DELETE n").consume();
		}
	}

	private MigrationRunner runner() {
		return new MigrationRunner(driver, settings, "file:" + scripts.toAbsolutePath() + "/*.cypher");
	}

	private void script(String name, String content) throws IOException {
		Files.writeString(scripts.resolve(name), content);
	}

	private long count(String cypher) {
		try (var session = driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	@Test
	void appliesEachScriptOnceInVersionOrderAndRecordsAHistoryChain() throws IOException {
		script("V002__people.cypher", "MERGE (:Thing {name: 'second', order: 2});\n");
		script("V001__things.cypher", """
				// a comment before the first statement
				CREATE CONSTRAINT thing_name IF NOT EXISTS FOR (t:Thing) REQUIRE t.name IS UNIQUE;
				MERGE (:Thing {name: 'first', order: 1});
				""");

		MigrationState first = runner().migrate();
		assertThat(first.appliedNow()).containsExactly("001", "002");
		assertThat(first.edition()).isEqualTo("community");

		MigrationState second = runner().migrate();
		assertThat(second.appliedNow()).isEmpty();
		assertThat(second.currentVersion()).isEqualTo("002");
		assertThat(count("MATCH (t:Thing) RETURN count(t)")).isEqualTo(2);

		try (var session = driver.session()) {
			var chain = session.run("""
					MATCH p = (:__Neo4jMigration {version: 'BASELINE'})-[:MIGRATED_TO*]->(last)
					WHERE NOT (last)-[:MIGRATED_TO]->()
					RETURN [n IN nodes(p) | n.version] AS versions, [n IN tail(nodes(p)) | n.checksum] AS sums
					""").single();
			assertThat(chain.get("versions").asList()).containsExactly("BASELINE", "001", "002");
			assertThat(chain.get("sums").asList(v -> v.asString())).allMatch(s -> s.matches("[0-9a-f]{64}"));
		}
	}

	@Test
	void aChangedAppliedScriptStopsStartUpNamingTheFile() throws IOException {
		script("V001__things.cypher", "MERGE (:Thing {name: 'first'});\n");
		runner().migrate();
		script("V001__things.cypher", "MERGE (:Thing {name: 'changed'});\n");

		assertThatThrownBy(() -> runner().migrate()).isInstanceOf(MigrationException.class)
			.hasMessageContaining("V001__things.cypher")
			.hasMessageContaining("changed after it was applied");
		assertThat(count("MATCH (t:Thing {name: 'changed'}) RETURN count(t)")).isZero();
	}

	@Test
	void refusesAGraphMigratedByANewerBuildAndAnOutOfOrderScript() throws IOException {
		script("V001__a.cypher", "RETURN 1;\n");
		script("V003__c.cypher", "RETURN 3;\n");
		runner().migrate();

		Files.delete(scripts.resolve("V003__c.cypher"));
		assertThatThrownBy(() -> runner().migrate()).hasMessageContaining("V003").hasMessageContaining("newer");

		script("V003__c.cypher", "RETURN 3;\n");
		script("V002__b.cypher", "RETURN 2;\n");
		assertThatThrownBy(() -> runner().migrate()).hasMessageContaining("V002__b.cypher")
			.hasMessageContaining("never applied");
	}

	@Test
	void skipsEnterpriseOnlyStatementsOnCommunity() throws IOException {
		script("V001__constraints.cypher", """
				CREATE CONSTRAINT thing_id IF NOT EXISTS FOR (t:Thing) REQUIRE t.id IS UNIQUE;
				// rootline:enterprise-only
				CREATE CONSTRAINT thing_id_exists IF NOT EXISTS FOR (t:Thing) REQUIRE t.id IS NOT NULL;
				""");
		runner().migrate();
		assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'thing_' RETURN count(*)")).isEqualTo(1);
	}

	@Test
	void runsABackfillInBatchesOfItsOwn() throws IOException {
		script("V001__things.cypher", "UNWIND range(1, 25) AS i CREATE (:Thing {order: i});\n");
		script("V002__backfill.cypher", """
				// Batched statements cannot run in a transaction the runner opened.
				MATCH (t:Thing)
				CALL (t) {
				  SET t.square = t.order * t.order
				} IN TRANSACTIONS OF 10 ROWS;
				""");

		assertThat(runner().migrate().appliedNow()).containsExactly("001", "002");
		assertThat(count("MATCH (t:Thing) WHERE t.square = t.order * t.order RETURN count(t)")).isEqualTo(25);
	}

	@Test
	void twoInstancesStartingAtOnceApplyEachScriptOnce() throws Exception {
		// A script that is not idempotent shows any double application as a second node.
		script("V001__counter.cypher", "CREATE (:Applied {at: timestamp()});\n");
		script("V002__slow.cypher", "UNWIND range(1, 200000) AS i WITH count(i) AS n CREATE (:Applied {n: n});\n");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<MigrationState>> results = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				results.add(pool.submit((Callable<MigrationState>) () -> runner().migrate()));
			}
			int applied = 0;
			for (Future<MigrationState> result : results) {
				applied += result.get().appliedNow().size();
			}
			assertThat(applied).isEqualTo(2);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("MATCH (a:Applied) RETURN count(a)")).isEqualTo(2);
		assertThat(count("MATCH (l:__Neo4jMigrationsLock) RETURN count(l)")).isZero();
	}

	@Test
	void splitsStatementsOnTrailingSemicolonsOnly() {
		Migration m = Migration.parse("V007__split_me.cypher", """
				// header
				MERGE (a:X {text: 'a; not the end'});
				// rootline:enterprise-only
				CREATE CONSTRAINT x IF NOT EXISTS
				  FOR (x:X) REQUIRE x.id IS NOT NULL;
				RETURN 1
				""");
		assertThat(m.version()).isEqualTo("007");
		assertThat(m.description()).isEqualTo("split me");
		assertThat(m.statements()).extracting(Migration.Statement::enterpriseOnly).containsExactly(false, true, false);
		assertThat(m.statements().get(0).cypher()).isEqualTo("MERGE (a:X {text: 'a; not the end'})");
		assertThat(m.statements().get(1).cypher()).contains("REQUIRE x.id IS NOT NULL");
	}

}
