package com.rootline.agent;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads agents by id, one or a batch in one query; other features use it to show agents. Like
 * {@code ContactReader}, a read of one statement by id opens no transaction of its own.
 */
@Component
public class AgentReader {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	AgentReader(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	public Optional<Agent> find(String id) {
		return Optional.ofNullable(findAll(List.of(id)).get(id));
	}

	public Map<String, Agent> findAll(Collection<String> ids) {
		Map<String, Agent> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		neo4j.query(queries.get("agent/by-ids"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Agent.class)
			.mappedBy((t, r) -> Agent.of(r.get("agent").asMap()))
			.all()
			.forEach(a -> found.put(a.id(), a));
		return found;
	}

}
