package com.rootline.agent;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;

/**
 * Reads agents by id, one or a batch in one query; other features use it to show agents. Like
 * {@code ContactReader}, a read of one statement by id opens no transaction of its own.
 */
@Component
public class AgentReader {

	private final Statements statements;

	AgentReader(Statements statements) {
		this.statements = statements;
	}

	public Optional<Agent> find(String id) {
		return Optional.ofNullable(findAll(List.of(id)).get(id));
	}

	public Map<String, Agent> findAll(Collection<String> ids) {
		Map<String, Agent> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		statements.all("agent/by-ids", new Ids(List.copyOf(ids)), Agent.Row.class)
			.forEach(row -> found.put(row.agent().id(), row.value()));
		return found;
	}

	private record Ids(List<String> ids) {
	}

}
