package com.rootline.graph;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies {@code cypher/migrations/V###__*.cypher} once each, in version order, before the API
 * serves. It keeps the conventions of neo4j-migrations (which is not available here): applied
 * scripts are {@code :__Neo4jMigration} nodes chained from a {@code BASELINE} node by
 * {@code :MIGRATED_TO} relationships that record when, how long and as whom; each carries the
 * script's checksum, and a changed script that was already applied stops start-up.
 * <p>
 * Several instances may start against one database at once: a lock node guarded by a uniqueness
 * constraint lets one of them migrate while the others wait, then find nothing left to do.
 * Every statement runs in its own transaction (Neo4j does not mix schema and data writes in one),
 * so scripts are written to be re-runnable: {@code IF NOT EXISTS} and {@code MERGE}.
 */
final class MigrationRunner {

	private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

	static final String LOCATION = "classpath*:cypher/migrations/*.cypher";

	private final Driver driver;

	private final GraphProperties.Migrations settings;

	private final String location;

	private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	MigrationRunner(Driver driver, GraphProperties.Migrations settings) {
		this(driver, settings, LOCATION);
	}

	MigrationRunner(Driver driver, GraphProperties.Migrations settings, String location) {
		this.driver = driver;
		this.settings = settings;
		this.location = location;
	}

	MigrationState migrate() {
		List<Migration> migrations = discover(location);
		try (Session session = driver.session()) {
			String edition = session.run("CALL dbms.components() YIELD name, edition RETURN edition ORDER BY name = 'Neo4j Kernel' DESC LIMIT 1").single().get(0)
				.asString();
			boolean enterprise = !"community".equalsIgnoreCase(edition);
			ensureLockConstraint(session);
			acquireLock(session);
			try {
				List<String> applied = apply(session, migrations, enterprise);
				List<String> all = migrations.stream().map(Migration::version).toList();
				return new MigrationState(edition, all, applied);
			}
			finally {
				session.run("MATCH (l:__Neo4jMigrationsLock {id: 'rootline'}) WHERE l.owner = $owner DELETE l",
						Map.of("owner", owner)).consume();
			}
		}
	}

	static List<Migration> discover(String location) {
		List<Migration> result = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
				String name = resource.getFilename();
				if (name == null || !Migration.isMigrationFile(name)) {
					throw new MigrationException("Unexpected file in cypher/migrations: " + name
							+ " (expected V###__description.cypher)");
				}
				result.add(Migration.parse(name, resource.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new MigrationException("Could not read cypher/migrations", ex);
		}
		result.sort(Comparator.comparingInt(m -> Integer.parseInt(m.version())));
		for (int i = 1; i < result.size(); i++) {
			if (Integer.parseInt(result.get(i).version()) == Integer.parseInt(result.get(i - 1).version())) {
				throw new MigrationException("Two migrations share version " + result.get(i).version() + ": "
						+ result.get(i - 1).file() + " and " + result.get(i).file());
			}
		}
		return result;
	}

	private void ensureLockConstraint(Session session) {
		for (int attempt = 1;; attempt++) {
			long present = session.run("SHOW CONSTRAINTS YIELD name WHERE name = 'rootline_migrations_lock' "
					+ "RETURN count(*) AS n").single().get("n").asLong();
			if (present > 0) {
				return;
			}
			try {
				session.run("CREATE CONSTRAINT rootline_migrations_lock IF NOT EXISTS "
						+ "FOR (l:__Neo4jMigrationsLock) REQUIRE l.id IS UNIQUE").consume();
				return;
			}
			catch (Neo4jException ex) {
				// Another instance is creating the same constraint at this very moment; look again.
				if (attempt == 20) {
					throw ex;
				}
				pause(Duration.ofMillis(50 + (long) (Math.random() * 200)));
			}
		}
	}

	private void acquireLock(Session session) {
		long deadline = System.nanoTime() + settings.lockWait().toNanos();
		while (true) {
			try {
				session.executeWrite(tx -> tx.run("CREATE (:__Neo4jMigrationsLock {id: 'rootline', owner: $owner, "
						+ "acquiredAt: datetime()})", Map.of("owner", owner)).consume());
				return;
			}
			catch (ClientException ex) {
				if (!ex.code().contains("ConstraintValidationFailed")) {
					throw ex;
				}
			}
			long broken = session.executeWrite(tx -> tx.run("MATCH (l:__Neo4jMigrationsLock {id: 'rootline'}) "
					+ "WHERE l.acquiredAt < datetime() - $stale DELETE l RETURN count(*) AS n",
					Map.of("stale", Values.value(settings.staleLockAfter()))).single().get("n").asLong());
			if (broken > 0) {
				log.warn("Broke a migration lock older than {}", settings.staleLockAfter());
				continue;
			}
			if (System.nanoTime() > deadline) {
				throw new MigrationException("Another instance has held the migration lock for longer than "
						+ settings.lockWait() + "; if it died, delete the :__Neo4jMigrationsLock node");
			}
			pause(Duration.ofMillis(250));
		}
	}

	private List<String> apply(Session session, List<Migration> migrations, boolean enterprise) {
		Map<String, Record> applied = new HashMap<>();
		session.run("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' "
				+ "RETURN m.version AS version, m.checksum AS checksum, m.source AS source")
			.forEachRemaining(r -> applied.put(r.get("version").asString(), r));
		Map<String, Migration> known = new HashMap<>();
		migrations.forEach(m -> known.put(m.version(), m));
		for (String version : applied.keySet()) {
			if (!known.containsKey(version)) {
				throw new MigrationException("The graph has migration V" + version + " ("
						+ applied.get(version).get("source").asString()
						+ ") that this build does not contain; it was migrated by a newer Rootline");
			}
		}
		int latestApplied = applied.keySet().stream().mapToInt(Integer::parseInt).max().orElse(0);
		List<String> newlyApplied = new ArrayList<>();
		for (Migration migration : migrations) {
			Record record = applied.get(migration.version());
			if (record != null) {
				if (!record.get("checksum").asString().equals(migration.checksum())) {
					throw new MigrationException("Migration " + migration.file()
							+ " was changed after it was applied (checksum differs). "
							+ "Applied migrations must never change; add a new V###__ script instead.");
				}
				continue;
			}
			if (Integer.parseInt(migration.version()) < latestApplied) {
				throw new MigrationException("Migration " + migration.file()
						+ " is older than the latest applied migration V" + latestApplied
						+ " but was never applied; give it a higher version");
			}
			run(session, migration, enterprise);
			newlyApplied.add(migration.version());
		}
		return newlyApplied;
	}

	private void run(Session session, Migration migration, boolean enterprise) {
		long started = System.nanoTime();
		for (Migration.Statement statement : migration.statements()) {
			if (statement.enterpriseOnly() && !enterprise) {
				log.info("{}: skipping an Enterprise-only statement on Community Edition", migration.file());
				continue;
			}
			try {
				if (statement.batched()) {
					session.run(statement.cypher()).consume();
				}
				else {
					session.executeWrite(tx -> tx.run(statement.cypher()).consume());
				}
			}
			catch (RuntimeException ex) {
				throw new MigrationException("Migration " + migration.file() + " failed: " + ex.getMessage(), ex);
			}
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		session.executeWrite(tx -> tx.run("""
				MERGE (baseline:__Neo4jMigration {version: 'BASELINE'})
				WITH baseline
				OPTIONAL MATCH (last:__Neo4jMigration) WHERE NOT (last)-[:MIGRATED_TO]->()
				WITH coalesce(last, baseline) AS previous
				CREATE (m:__Neo4jMigration {version: $version, description: $description, checksum: $checksum,
				        source: $source, type: 'CYPHER'})
				CREATE (previous)-[:MIGRATED_TO {at: datetime(), in: $took, by: $owner}]->(m)
				""", Map.of("version", migration.version(), "description", migration.description(), "checksum",
				migration.checksum(), "source", migration.file(), "took", Values.value(took), "owner", owner))
			.consume());
		log.info("Applied migration {} in {} ms", migration.file(), took.toMillis());
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrationException("Interrupted while waiting for the migration lock", ex);
		}
	}

}
