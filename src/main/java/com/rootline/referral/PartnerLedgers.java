package com.rootline.referral;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The balance of referrals with each partner: what they sent us, what it brought, what we sent them. */
@Service
class PartnerLedgers {

	private final Statements statements;

	private final ContactReader contacts;

	private final AgentReader agents;

	private final MoneyUnits money;

	PartnerLedgers(Statements statements, ContactReader contacts, AgentReader agents, MoneyUnits money) {
		this.statements = statements;
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

	private record ReferralOut(String id, String contactId, String partnerId, LocalDate referredOn, String note,
			String by) {
	}

	private record Window(String agentId, LocalDate from, LocalDate to) {
	}

	private record ReceivedRow(String id, LocalDate referredOn, Long valueMinor) {
	}

	private record SentRow(String id, LocalDate referredOn, String note) {
	}

	private record LedgerRow(List<ReceivedRow> received, List<SentRow> sent) {
	}

	@Transactional
	Sent recordOut(RecordReferralOutInput input) {
		Contact contact = contacts.find(input.contactId())
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No contact " + input.contactId(),
					"contactId")));
		Agent partner = agents.find(input.partnerId())
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No agent " + input.partnerId(),
					"partnerId")));
		if (!partner.isPartner()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.WRONG_AGENT_KIND,
					partner.name() + " is a team agent, not a referral partner", "partnerId"));
		}
		LocalDate on = input.referredOn() == null ? LocalDate.now(ZoneOffset.UTC) : input.referredOn();
		if (on.isAfter(LocalDate.now(ZoneOffset.UTC))) {
			throw new UserErrorsException(UserError.of(UserErrorCode.INVALID, "A referral cannot be dated in the future", "referredOn"));
		}
		String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
		statements.run("referral/record-out", new ReferralOut(UUID.randomUUID().toString(), contact.id(), partner.id(),
				on, note, Callers.currentName()));
		return new Sent(contact, on, note);
	}

	@Transactional(readOnly = true)
	Ledger ledger(String agentId, LocalDate from, LocalDate to) {
		Agent partner = agents.find(agentId).orElseThrow(() -> ApiException.notFound("Agent", agentId));
		LedgerRow row = statements.one("referral/ledger", new Window(agentId, from, to), LedgerRow.class).orElseThrow();
		Set<String> ids = new HashSet<>();
		row.received().forEach(r -> ids.add(r.id()));
		row.sent().forEach(r -> ids.add(r.id()));
		Map<String, Contact> loaded = contacts.findAll(ids);
		List<Received> in = row.received()
			.stream()
			.map(r -> new Received(loaded.get(r.id()), r.referredOn(), money.fromMinor(r.valueMinor())))
			.toList();
		List<Sent> out = row.sent().stream().map(r -> new Sent(loaded.get(r.id()), r.referredOn(), r.note())).toList();
		BigDecimal value = in.stream().map(Received::subtreeValue).reduce(money.fromMinor(0L), BigDecimal::add);
		return new Ledger(partner, in, out, in.size(), out.size(), in.size() - out.size(), value);
	}

}
