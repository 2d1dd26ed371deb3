package com.rootline.agent;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Who owns which contact, for features that route work to the owner (leads, the contact page). */
@Component
public class Owners {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final AgentService agents;

	Owners(Neo4jClient neo4j, CypherQueries queries, AgentService agents) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.agents = agents;
	}

	/** The owner of each contact that has one, by contact id. */
	public Map<String, Agent> of(Collection<String> contactIds) {
		Map<String, Agent> byContact = new HashMap<>();
		neo4j.query(queries.get("agent/owners"))
			.bind(List.copyOf(contactIds))
			.to("contactIds")
			.fetch()
			.all()
			.forEach(r -> byContact.put((String) r.get("contactId"), Agent.of(asMap(r.get("agent")))));
		return byContact;
	}

	/**
	 * Makes a team agent the contact's owner, in the caller's transaction.
	 * @throws com.rootline.api.UserErrorsException NOT_FOUND, WRONG_AGENT_KIND
	 */
	public void assign(String contactId, String agentId) {
		agents.assign(contactId, agentId);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

}
