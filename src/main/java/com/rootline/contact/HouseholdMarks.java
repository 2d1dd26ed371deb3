package com.rootline.contact;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Keeps the shared household keys true after contacts are written (see mark-households.cypher). */
@Component
class HouseholdMarks {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	HouseholdMarks(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/** Marks the keys of rows just written by {@code contact/write}, in one statement. */
	@SuppressWarnings("unchecked")
	void mark(Collection<Map<String, Object>> writtenRows, ZonedDateTime now) {
		TreeSet<String> keys = new TreeSet<>();
		for (Map<String, Object> row : writtenRows) {
			for (Map<String, Object> address : (List<Map<String, Object>>) row.get("addresses")) {
				if ("HOME".equals(address.get("type")) && address.get("householdKey") != null) {
					keys.add("HOME|" + address.get("householdKey"));
				}
			}
			Object couple = ((Map<String, Object>) row.get("props")).get("coupleKey");
			if (couple != null) {
				keys.add("COUPLE|" + couple);
			}
		}
		if (!keys.isEmpty()) {
			List<Map<String, String>> rows = keys.stream().map(k -> {
				int bar = k.indexOf('|');
				return Map.of("kind", k.substring(0, bar), "value", k.substring(bar + 1));
			}).toList();
			neo4j.query(queries.get("contact/mark-households")).bindAll(Map.of("keys", rows, "now", now)).run();
		}
	}

}
