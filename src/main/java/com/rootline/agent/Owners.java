package com.rootline.agent;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;

/** Who owns which contact, for features that route work to the owner (leads, the contact page). */
@Component
public class Owners {

	private final Statements statements;

	private final AgentService agents;

	Owners(Statements statements, AgentService agents) {
		this.statements = statements;
		this.agents = agents;
	}

	/** The owner of each contact that has one, by contact id. */
	public Map<String, Agent> of(Collection<String> contactIds) {
		Map<String, Agent> byContact = new HashMap<>();
		statements.all("agent/owners", new Contacts(List.copyOf(contactIds)), Owned.class)
			.forEach(r -> byContact.put(r.contactId(), r.agent().agent()));
		return byContact;
	}

	/**
	 * Makes a team agent the contact's owner, in the caller's transaction.
	 * @throws com.rootline.api.UserErrorsException NOT_FOUND, WRONG_AGENT_KIND
	 */
	public void assign(String contactId, String agentId) {
		agents.assign(contactId, agentId);
	}

	private record Contacts(List<String> contactIds) {
	}

	private record Owned(String contactId, Agent.Node agent) {
	}

}
