package com.rootline.agent;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.ContactReader;
import com.rootline.facts.ContactsChanged;
import com.rootline.graph.Statements;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AgentService {

	private final Statements statements;

	private final AgentReader agents;

	private final ContactReader contacts;

	private final ApplicationEventPublisher events;

	AgentService(Statements statements, AgentReader agents, ContactReader contacts,
			ApplicationEventPublisher events) {
		this.statements = statements;
		this.agents = agents;
		this.contacts = contacts;
		this.events = events;
	}

	record CreateAgentInput(Agent.Kind kind, Agent.Role role, String name, String company, String email, String phone,
			String timeZone, String signature) {
	}

	record UpdateAgentInput(String id, Integer expectedVersion, ArgumentValue<Agent.Role> role,
			ArgumentValue<String> name, ArgumentValue<String> company, ArgumentValue<String> email,
			ArgumentValue<String> phone, ArgumentValue<Boolean> active, ArgumentValue<String> timeZone,
			ArgumentValue<String> signature) {
	}

	@Transactional
	Agent create(CreateAgentInput input) {
		Problems problems = new Problems();
		checkRole(input.kind(), input.role(), problems);
		checkTexts(input.name(), input.company(), input.email(), input.phone(), problems);
		checkZone(input.timeZone(), problems);
		problems.maxLength(input.signature(), 2000, "signature");
		problems.throwIfAny();
		String id = UUID.randomUUID().toString();
		NewAgent created = new NewAgent(id, input.kind(), new Fields(input.role(), input.name().strip(),
				nameKey(input.name(), id), blankToNull(input.company()), blankToNull(input.email()),
				blankToNull(input.phone()), blankToNull(input.timeZone()), blankToNull(input.signature())));
		return statements.one("agent/create", created, Agent.Row.class).orElseThrow().value();
	}

	@Transactional
	Agent update(UpdateAgentInput input) {
		Agent current = agents.find(input.id())
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No agent " + input.id(), "id")));
		Problems problems = new Problems();
		Agent.Role role = input.role().isOmitted() || input.role().value() == null ? current.role()
				: input.role().value();
		String name = input.name().isOmitted() || input.name().value() == null ? current.name() : input.name().value();
		checkRole(current.kind(), role, problems);
		String company = pick(input.company(), current.company());
		String email = pick(input.email(), current.email());
		String phone = pick(input.phone(), current.phone());
		String timeZone = pick(input.timeZone(), current.timeZone());
		String signature = pick(input.signature(), current.signature());
		problems.maxLength(signature, 2000, "signature");
		checkTexts(name, company, email, phone, problems);
		checkZone(timeZone, problems);
		problems.throwIfAny();
		Fields fields = new Fields(role, name.strip(), nameKey(name, current.id()), blankToNull(company),
				blankToNull(email), blankToNull(phone), blankToNull(timeZone), blankToNull(signature));
		boolean active = input.active().isOmitted() || input.active().value() == null ? current.active()
				: input.active().value();
		long previous = statements.one("agent/update", new Change(input.id(), input.expectedVersion(),
				UUID.randomUUID().toString(), fields, active), Previous.class)
			.orElseThrow()
			.previousVersion();
		if (previous != input.expectedVersion()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.VERSION_CONFLICT, "The agent is at version " + previous
					+ ", not " + input.expectedVersion(), "expectedVersion"));
		}
		return agents.find(input.id()).orElseThrow();
	}

	@Transactional
	String assign(String contactId, String agentId) {
		if (contacts.find(contactId).isEmpty()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No contact " + contactId, "contactId"));
		}
		if (agentId != null) {
			Agent agent = agents.find(agentId)
				.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No agent " + agentId, "agentId")));
			if (agent.isPartner()) {
				throw new UserErrorsException(UserError.of(UserErrorCode.WRONG_AGENT_KIND,
						"Only team agents own contacts; " + agent.name() + " is a partner", "agentId"));
			}
		}
		statements.run("agent/assign", new Assign(contactId, agentId));
		events.publishEvent(ContactsChanged.ids(ContactsChanged.Change.OWNER, List.of(contactId)));
		return contactId;
	}

	/** What a broker sets of an agent; blank texts are null (the property is removed). */
	private record Fields(Agent.Role role, String name, String nameKey, String company, String email, String phone,
			String timeZone, String signature) implements Statements.Inline {
	}

	private record NewAgent(String id, Agent.Kind kind, Fields fields) {
	}

	private record Change(String id, long expectedVersion, String txId, Fields fields, boolean active) {
	}

	private record Previous(long previousVersion) {
	}

	private record Assign(String contactId, String agentId) {
	}

	private static void checkRole(Agent.Kind kind, Agent.Role role, Problems problems) {
		if (role.kind() != kind) {
			List<String> allowed = Arrays.stream(Agent.Role.values())
				.filter(r -> r.kind() == kind)
				.map(Agent.Role::name)
				.sorted()
				.toList();
			problems.add(UserErrorCode.WRONG_AGENT_KIND, "A " + kind + " agent's role is one of " + allowed, "role");
		}
	}

	private static void checkTexts(String name, String company, String email, String phone, Problems problems) {
		if (name == null || name.isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "An agent needs a name", "name");
		}
		problems.maxLength(name, 200, "name").maxLength(company, 200, "company").maxLength(phone, 40, "phone");
		if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(UserErrorCode.INVALID_EMAIL, "'" + email + "' is not an e-mail address", "email");
		}
	}

	private static void checkZone(String timeZone, Problems problems) {
		if (timeZone != null && !timeZone.isBlank() && !com.rootline.api.TimeZones.known(timeZone.strip())) {
			problems.add(UserErrorCode.UNKNOWN_TIME_ZONE, "'" + timeZone + "' is not an IANA time zone such as America/Chicago",
					"timeZone");
		}
	}

	static String nameKey(String name, String id) {
		String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT) + "\u0001" + id;
	}

	static String searchPrefix(String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		return Normalizer.normalize(search.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	private static String pick(ArgumentValue<String> given, String current) {
		return given.isOmitted() ? current : given.value();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
