package com.rootline.referral;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.ApiException;
import com.rootline.api.MoneyUnits;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.graph.CypherQueries;
import com.rootline.security.Callers;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The balance of referrals with each partner: what they sent us, what it brought, what we sent them. */
@Service
class PartnerLedgers {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactReader contacts;

	private final AgentReader agents;

	private final MoneyUnits money;

	PartnerLedgers(Neo4jClient neo4j, CypherQueries queries, ContactReader contacts, AgentReader agents,
			MoneyUnits money) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.contacts = contacts;
		this.agents = agents;
		this.money = money;
	}

	record RecordReferralOutInput(String contactId, String partnerId, LocalDate referredOn, String note) {
	}

	record Received(Contact contact, LocalDate referredOn, BigDecimal subtreeValue) {
	}

	record Sent(Contact contact, LocalDate referredOn, String note) {
	}

	record Ledger(Agent partner, List<Received> received, List<Sent> sent, int receivedCount, int sentCount,
			int balance, BigDecimal receivedValue) {
	}

	@Transactional
	Sent recordOut(RecordReferralOutInput input) {
		Contact contact = contacts.find(input.contactId())
			.orElseThrow(() -> new UserErrorsException(UserError.of("NOT_FOUND", "No contact " + input.contactId(),
					"contactId")));
		Agent partner = agents.find(input.partnerId())
			.orElseThrow(() -> new UserErrorsException(UserError.of("NOT_FOUND", "No agent " + input.partnerId(),
					"partnerId")));
		if (!partner.isPartner()) {
			throw new UserErrorsException(UserError.of("WRONG_AGENT_KIND",
					partner.name() + " is a team agent, not a referral partner", "partnerId"));
		}
		LocalDate on = input.referredOn() == null ? LocalDate.now(ZoneOffset.UTC) : input.referredOn();
		if (on.isAfter(LocalDate.now(ZoneOffset.UTC))) {
			throw new UserErrorsException(UserError.of("INVALID", "A referral cannot be dated in the future", "referredOn"));
		}
		Map<String, Object> params = new HashMap<>();
		params.put("contactId", contact.id());
		params.put("partnerId", partner.id());
		params.put("id", UUID.randomUUID().toString());
		params.put("referredOn", on);
		params.put("note", input.note() == null || input.note().isBlank() ? null : input.note().strip());
		params.put("by", Callers.currentName());
		neo4j.query(queries.get("referral/record-out")).bindAll(params).run();
		return new Sent(contact, on, (String) params.get("note"));
	}

	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	Ledger ledger(String agentId, LocalDate from, LocalDate to) {
		Agent partner = agents.find(agentId).orElseThrow(() -> ApiException.notFound("Agent", agentId));
		Map<String, Object> params = new HashMap<>();
		params.put("agentId", agentId);
		params.put("from", from);
		params.put("to", to);
		Map<String, Object> row = neo4j.query(queries.get("referral/ledger")).bindAll(params).fetch().one().orElseThrow();
		List<Map<String, Object>> received = (List<Map<String, Object>>) row.get("received");
		List<Map<String, Object>> sent = (List<Map<String, Object>>) row.get("sent");
		Set<String> ids = new HashSet<>();
		received.forEach(r -> ids.add((String) r.get("id")));
		sent.forEach(r -> ids.add((String) r.get("id")));
		Map<String, Contact> loaded = contacts.findAll(ids);
		List<Received> in = received.stream()
			.map(r -> new Received(loaded.get((String) r.get("id")), (LocalDate) r.get("referredOn"),
					money.fromMinor((Long) r.get("valueMinor"))))
			.toList();
		List<Sent> out = sent.stream()
			.map(r -> new Sent(loaded.get((String) r.get("id")), (LocalDate) r.get("referredOn"), (String) r.get("note")))
			.toList();
		BigDecimal value = in.stream().map(Received::subtreeValue).reduce(money.fromMinor(0L), BigDecimal::add);
		return new Ledger(partner, in, out, in.size(), out.size(), in.size() - out.size(), value);
	}

}
