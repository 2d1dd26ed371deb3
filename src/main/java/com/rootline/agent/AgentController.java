package com.rootline.agent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.PageRequest;
import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.graph.Statements;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code Agent} type, and {@code Contact.owner}. */
@Controller
class AgentController {

	private final AgentReader reader;

	private final AgentService service;

	private final ContactReader contacts;

	private final Statements statements;

	private final ApiLimits limits;

	private final Owners owners;

	AgentController(AgentReader reader, AgentService service, ContactReader contacts, Statements statements,
			ApiLimits limits, Owners owners) {
		this.reader = reader;
		this.service = service;
		this.contacts = contacts;
		this.statements = statements;
		this.limits = limits;
		this.owners = owners;
	}

	record AgentFilter(Agent.Kind kind, Agent.Role role, String search) {
	}

	/** The parameters of an agent filter; {@code search} is a folded name or company prefix. */
	private record Criteria(Agent.Kind kind, Agent.Role role, String search) implements Statements.Inline {
	}

	private record ListPage(Criteria criteria, String after, int limit) {
	}

	private record Total(long total) {
	}

	record AgentPayload(Agent agent, List<UserError> userErrors) {
	}

	record AssignContactInput(String contactId, String agentId) {
	}

	record AssignContactPayload(Contact contact, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Agent agent(@Argument String id) {
		return reader.find(id).orElse(null);
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Connection<Agent> agents(@Argument AgentFilter filter, @Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first, after, limits);
		Criteria criteria = filter == null ? new Criteria(null, null, null)
				: new Criteria(filter.kind(), filter.role(), AgentService.searchPrefix(filter.search()));
		ListPage query = new ListPage(criteria, page.after() == null ? null : Cursors.decode(page.after(), 1).getFirst(),
				page.fetchSize());
		List<Agent> rows = statements.all("agent/list", query, Agent.Row.class).stream().map(Agent.Row::value).toList();
		return Connection.of(rows, page, a -> Cursors.encode(AgentService.nameKey(a.name(), a.id())),
				() -> statements.one("agent/count", criteria, Total.class).map(Total::total).orElse(0L));
	}

	@BatchMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Contact, Agent> owner(List<Contact> contactList) {
		Map<String, Agent> byContact = owners.of(contactList.stream().map(Contact::id).toList());
		Map<Contact, Agent> result = new HashMap<>();
		contactList.forEach(c -> {
			if (byContact.containsKey(c.id())) {
				result.put(c, byContact.get(c.id()));
			}
		});
		return result;
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	AgentPayload createAgent(@Argument AgentService.CreateAgentInput input) {
		return Payloads.attempt(() -> service.create(input), a -> new AgentPayload(a, List.of()),
				e -> new AgentPayload(null, e));
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	AgentPayload updateAgent(@Argument AgentService.UpdateAgentInput input) {
		return Payloads.attempt(() -> service.update(input), a -> new AgentPayload(a, List.of()),
				e -> new AgentPayload(null, e));
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	AssignContactPayload assignContact(@Argument AssignContactInput input) {
		return Payloads.attempt(() -> service.assign(input.contactId(), input.agentId()),
				id -> new AssignContactPayload(contacts.find(id).orElse(null), List.of()),
				e -> new AssignContactPayload(null, e));
	}

}
