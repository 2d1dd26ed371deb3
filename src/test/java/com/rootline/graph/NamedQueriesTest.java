package com.rootline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rootline.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Every named query under cypher/queries compiles on the real database (EXPLAIN runs nothing).
 * It reads and writes no data, so it needs neither the service nor the shared graph's lock: it
 * migrates the test database itself (the migration lock makes that safe beside the service's own
 * start) and runs beside the classes that hold the lock.
 */
class NamedQueriesTest {

	private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");

	@Test
	void everyNamedQueryPlans() {
		CypherQueries queries = new CypherQueries();
		assertThat(queries.names()).isNotEmpty().allMatch(n -> n.contains("/"));
		try (Driver driver = GraphDatabase.driver(TestNeo4j.boltUri(), AuthTokens.none())) {
			new MigrationRunner(driver, new GraphProperties.Migrations(Duration.ofMinutes(5), Duration.ofMinutes(10))).migrate();
			for (String name : queries.names()) {
				String cypher = queries.get(name);
				Map<String, Object> params = new HashMap<>();
				Matcher m = PARAMETER.matcher(cypher);
				while (m.find()) {
					params.put(m.group(1), null);
				}
				try (var session = driver.session()) {
					assertThat(session.run("EXPLAIN " + cypher, params).consume().plan()).as(name).isNotNull();
				}
			}
		}
	}

}
