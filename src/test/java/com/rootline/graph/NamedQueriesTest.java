package com.rootline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every named query under cypher/queries compiles on the real database (EXPLAIN runs nothing). */
class NamedQueriesTest extends IntegrationTest {

	private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");

	@Autowired
	CypherQueries queries;

	@Test
	void everyNamedQueryPlans() {
		assertThat(queries.names()).isNotEmpty().allMatch(n -> n.contains("/"));
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
