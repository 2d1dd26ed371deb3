package com.rootline.referral;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import com.rootline.marketing.MediaCatalog;
import com.rootline.marketing.MediaOutlet;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Turns ids of referral parties into Contacts and Agents: two queries for any number of ids. */
@Component
class Parties {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactReader contacts;

	private final AgentReader agents;

	private final MediaCatalog outlets;

	Parties(Neo4jClient neo4j, CypherQueries queries, ContactReader contacts, AgentReader agents,
			MediaCatalog outlets) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.contacts = contacts;
		this.agents = agents;
		this.outlets = outlets;
	}

	record Kind(String id, String kind, String agentKind, boolean erased) {

		boolean exists() {
			return kind != null;
		}

		boolean isContact() {
			return "Contact".equals(kind);
		}

		boolean isPartner() {
			return "Agent".equals(kind) && "PARTNER".equals(agentKind);
		}

		boolean isOutlet() {
			return "MediaOutlet".equals(kind);
		}

	}

	Map<String, Kind> kinds(Collection<String> ids) {
		Map<String, Kind> result = new HashMap<>();
		neo4j.query(queries.get("referral/parties"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Kind.class)
			.mappedBy((t, r) -> Statements.row(r::get, Kind.class))
			.all()
			.forEach(kind -> result.put(kind.id(), kind));
		return result;
	}

	/**
	 * Parties as a query returned them, each a map of its {@code kind} (Contact, Agent or
	 * MediaOutlet) and its node's own {@code properties}, keyed by id; other kinds are left out.
	 * Contacts are read at {@link ContactReader.Depth#OWN}.
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> fromNodes(List<Map<String, Object>> nodes) {
		Map<String, Object> result = new HashMap<>();
		List<Map<String, Object>> contactProperties = new ArrayList<>();
		for (Map<String, Object> node : nodes) {
			Map<String, Object> properties = (Map<String, Object>) node.get("properties");
			switch (String.valueOf(node.get("kind"))) {
				case "Contact" -> contactProperties.add(properties);
				case "Agent" -> {
					Agent agent = Agent.of(properties);
					result.put(agent.id(), agent);
				}
				case "MediaOutlet" -> {
					MediaOutlet outlet = MediaOutlet.of(properties);
					result.put(outlet.id(), outlet);
				}
				default -> {
				}
			}
		}
		contacts.fromRecords(contactProperties).forEach(c -> result.put(c.id(), c));
		return result;
	}

	/** Each id as a Contact, an Agent or a MediaOutlet; other ids are left out. */
	Map<String, Object> load(Collection<String> ids) {
		return load(ids, ContactReader.Depth.FULL);
	}

	/** Each id as a Contact (read to this depth), an Agent or a MediaOutlet; other ids are left out. */
	Map<String, Object> load(Collection<String> ids, ContactReader.Depth depth) {
		Map<String, Object> result = new HashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		Map<String, Contact> c = contacts.findAll(ids, depth);
		result.putAll(c);
		List<String> rest = ids.stream().filter(id -> !c.containsKey(id)).distinct().toList();
		if (!rest.isEmpty()) {
			Map<String, Agent> a = agents.findAll(rest);
			result.putAll(a);
			List<String> left = rest.stream().filter(id -> !a.containsKey(id)).toList();
			if (!left.isEmpty()) {
				result.putAll(outlets.outlets(left));
			}
		}
		return result;
	}

}
