package com.rootline.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.MoneyUnits;
import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.deal.Deal.Stage;
import com.rootline.facts.DealChanged;
import com.rootline.facts.TreeFacts;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import com.rootline.task.NewTask;
import com.rootline.task.Task;
import com.rootline.task.Tasks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes deals, their stage changes and the tasks that stage prompts create, one transaction each. */
@Service
class DealService {

	private final ContactReader contacts;

	private final AgentReader agents;

	private final MoneyUnits money;

	private final ApplicationEventPublisher events;

	private final Tasks taskWriter;

	private final StageDrafts stageDrafts;

	private final TreeFacts treeFacts;

	private final Statements statements;

	DealService(ContactReader contacts, AgentReader agents,
			MoneyUnits money, ApplicationEventPublisher events, Tasks taskWriter, StageDrafts stageDrafts,
			TreeFacts treeFacts, Statements statements) {
		this.treeFacts = treeFacts;
		this.statements = statements;
		this.taskWriter = taskWriter;
		this.stageDrafts = stageDrafts;
		this.contacts = contacts;
		this.agents = agents;
		this.money = money;
		this.events = events;
	}

	record CreateDealInput(String kind, List<String> contactIds, String agentId, Stage stage, BigDecimal price,
			BigDecimal revenue, LocalDate expectedCloseOn, String loanType, Double interestRate,
			String propertyAddress) {
	}

	record MoveDealStageInput(String id, Stage stage, OffsetDateTime at, Integer expectedVersion) {
	}

	record CloseDealInput(String id, LocalDate closedOn, BigDecimal price, BigDecimal revenue, Integer expectedVersion) {
	}

	record LoseDealInput(String id, String reason, OffsetDateTime at, Integer expectedVersion) {
	}

	/** A deal as written, with the tasks its stage change created. */
	record Change(Deal deal, List<Task> tasks) {
	}

	@Transactional
	Change create(CreateDealInput input) {
		Problems problems = new Problems();
		Stage stage = input.stage() == null ? Stage.LEAD : input.stage();
		if (!stage.open()) {
			problems.add(UserErrorCode.INVALID_STAGE_CHANGE, "A deal starts in an open stage; close or lose it afterwards", "stage");
		}
		List<String> contactIds = input.contactIds() == null ? List.of() : input.contactIds().stream().distinct().toList();
		if (contactIds.isEmpty()) {
			problems.add(UserErrorCode.REQUIRED, "A deal needs at least one contact", "contactIds");
		}
		Map<String, Contact> found = contacts.findAll(contactIds);
		for (int i = 0; i < contactIds.size(); i++) {
			if (!found.containsKey(contactIds.get(i))) {
				problems.add(UserErrorCode.NOT_FOUND, "No contact " + contactIds.get(i), "contactIds", i);
			}
		}
		checkAgent(input.agentId(), problems);
		Opening opening = new Opening(input.kind(), stage, amount(input.price(), "price", problems),
				amount(input.revenue(), "revenue", problems), input.expectedCloseOn(), blankToNull(input.loanType()),
				input.interestRate(), blankToNull(input.propertyAddress()));
		if (input.interestRate() != null && (input.interestRate() < 0 || input.interestRate() > 100)) {
			problems.add(UserErrorCode.INVALID, "An interest rate is a percentage from 0 to 100", "interestRate");
		}
		problems.maxLength(input.loanType(), 100, "loanType").maxLength(input.propertyAddress(), 500, "propertyAddress");
		problems.throwIfAny();
		String id = UUID.randomUUID().toString();
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		String createdKey = String.format("%019d", Long.MAX_VALUE - now.toInstant().toEpochMilli()) + "|" + id;
		statements.run("deal/create", new NewDeal(id, opening, createdKey, contactIds, input.agentId()));
		return apply(id, Outcome.NONE, stage, null, now, true);
	}

	@Transactional
	Change move(MoveDealStageInput input) {
		Stage from = lock(input.id(), input.expectedVersion()).stage();
		if (!from.open() || input.stage() == Stage.CLOSED) {
			throw new UserErrorsException(UserError.of(UserErrorCode.INVALID_STAGE_CHANGE, "A deal in " + from
					+ " cannot move to " + input.stage()
					+ (input.stage() == Stage.CLOSED ? "; use closeDeal, which records the revenue" : ""), "stage"));
		}
		return apply(input.id(), Outcome.NONE, input.stage(), from, at(input.at()), false);
	}

	@Transactional
	Change close(CloseDealInput input) {
		treeFacts.dealClosing(input.id());
		Stage from = lock(input.id(), input.expectedVersion()).stage();
		Problems problems = new Problems();
		if (!from.open()) {
			problems.add(UserErrorCode.INVALID_STAGE_CHANGE, "A deal in " + from + " cannot be closed", "id");
		}
		Long revenue = amount(input.revenue(), "revenue", problems);
		Long price = amount(input.price(), "price", problems);
		if (input.closedOn() != null && input.closedOn().isAfter(LocalDate.now(ZoneOffset.UTC))) {
			problems.add(UserErrorCode.INVALID, "A deal cannot close in the future", "closedOn");
		}
		problems.throwIfAny();
		Outcome closed = new Outcome(input.closedOn(), revenue, price, null);
		return apply(input.id(), closed, Stage.CLOSED, from, input.closedOn().atStartOfDay(ZoneOffset.UTC), false);
	}

	@Transactional
	Change lose(LoseDealInput input) {
		Stage from = lock(input.id(), input.expectedVersion()).stage();
		if (!from.open()) {
			throw new UserErrorsException(
					UserError.of(UserErrorCode.INVALID_STAGE_CHANGE, "A deal in " + from + " cannot be lost", "id"));
		}
		Problems problems = new Problems();
		problems.maxLength(input.reason(), 1000, "reason").throwIfAny();
		Outcome lost = new Outcome(null, null, null, blankToNull(input.reason()));
		return apply(input.id(), lost, Stage.LOST, from, at(input.at()), false);
	}

	@Transactional(readOnly = true)
	Map<String, Deal> findAll(Collection<String> ids) {
		Map<String, Deal> result = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		statements.all("deal/by-ids", new ByIds(List.copyOf(ids)), DealRow.class)
			.forEach(row -> result.put(row.deal().id(), deal(row.deal())));
		return result;
	}

	/** The ids of each contact's deals, by contact id (contacts without deals are left out). */
	@Transactional(readOnly = true)
	Map<String, List<String>> dealIdsOf(Collection<String> contactIds) {
		Map<String, List<String>> byContact = new HashMap<>();
		statements.all("deal/of-contacts", new ContactIds(List.copyOf(contactIds)), PartyTo.class)
			.forEach(r -> byContact.computeIfAbsent(r.contactId(), k -> new ArrayList<>()).add(r.dealId()));
		return byContact;
	}

	private record ContactIds(List<String> contactIds) {
	}

	private record PartyTo(String contactId, String dealId) {
	}

	/** Writes the change, records the stage, and runs the stage prompts that match. */
	private Change apply(String id, Outcome outcome, Stage stage, Stage from, ZonedDateTime at, boolean initial) {
		statements.run("deal/change", new StageWrite(id, outcome, stage, initial, at, Callers.currentName()));
		Deal deal = findAll(List.of(id)).get(id);
		events.publishEvent(DealChanged.written(id));
		List<Task> tasks = initial || stage != from ? prompts(deal, from, at) : List.of();
		return new Change(deal, tasks);
	}

	private List<Task> prompts(Deal deal, Stage from, ZonedDateTime at) {
		List<PromptRule> rules = statements.all("deal/prompts", new StageEntered(deal.stage(), from), PromptRule.class);
		if (rules.isEmpty()) {
			return List.of();
		}
		String names = contacts.findAll(deal.contactIds())
			.values()
			.stream()
			.map(Contact::displayName)
			.collect(Collectors.joining(", "));
		List<NewTask> tasks = new ArrayList<>();
		for (PromptRule rule : rules) {
			if (rule.emailTemplateId() != null) {
				stageDrafts.write(deal, rule.emailTemplateId());
			}
			tasks.add(NewTask.due(at.toLocalDate().plusDays(rule.dueAfterDays()))
				.titled(rule.template().replace("{contacts}", names))
				.assignedTo(deal.agentId())
				.about(null, deal.id())
				.promptedBy(rule.id()));
		}
		return taskWriter.createAll(tasks);
	}

	private Locked lock(String id, Integer expectedVersion) {
		Locked row = statements.one("deal/lock", new Lock(id, UUID.randomUUID().toString()), Locked.class)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No deal " + id, "id")));
		long version = row.version();
		if (expectedVersion != null && version != expectedVersion) {
			throw new UserErrorsException(UserError.of(UserErrorCode.VERSION_CONFLICT, "The deal is at version " + version
					+ ", not " + expectedVersion, "expectedVersion"));
		}
		return row;
	}

	/** What a new deal starts with; amounts in minor units. */
	private record Opening(String kind, Stage stage, Long priceMinor, Long revenueMinor, LocalDate expectedCloseOn,
			String loanType, Double interestRate, String propertyAddress) implements Statements.Inline {
	}

	private record NewDeal(String id, Opening opening, String createdKey, List<String> contactIds, String agentId) {
	}

	/** What closing (day, revenue, a final price) or losing (the reason) records; nulls keep what is stored. */
	private record Outcome(LocalDate closedOn, Long revenueMinor, Long priceMinor, String lostReason)
			implements Statements.Inline {

		static final Outcome NONE = new Outcome(null, null, null, null);

	}

	/** A write of a deal's properties ({@code props}, only those that change) that records its stage. */
	private record StageWrite(String id, Outcome outcome, Stage stage, boolean initial, ZonedDateTime at, String by) {
	}

	private record StageEntered(Stage stage, Stage from) {
	}

	private record PromptRule(String id, String template, long dueAfterDays, String emailTemplateId) {
	}

	private record Lock(String id, String txId) {
	}

	private record Locked(long version, Stage stage) {
	}

	private void checkAgent(String agentId, Problems problems) {
		if (agentId == null) {
			return;
		}
		Agent agent = agents.find(agentId).orElse(null);
		if (agent == null) {
			problems.add(UserErrorCode.NOT_FOUND, "No agent " + agentId, "agentId");
		}
		else if (agent.isPartner()) {
			problems.add(UserErrorCode.WRONG_AGENT_KIND, agent.name() + " is a partner; deals are handled by team agents", "agentId");
		}
	}

	private Long amount(BigDecimal value, String field, Problems problems) {
		if (value == null) {
			return null;
		}
		Long minor = money.toMinor(value);
		if (minor == null || minor < 0) {
			problems.add(UserErrorCode.INVALID, "A non-negative amount with at most " + money.currency().getDefaultFractionDigits()
					+ " decimals", field);
		}
		return minor;
	}

	private record ByIds(List<String> ids) {
	}

	private record DealRow(Stored deal) {
	}

	/** The deal as {@code deal/by-ids} answers it, in its parts; amounts in minor units, history oldest first. */
	private record Stored(String id, String kind, Stage stage, Deal.Parties parties, StoredAmounts amounts,
			Deal.Closing closing, Deal.Terms terms, History history, long version, ZonedDateTime createdAt) {
	}

	private record StoredAmounts(Long priceMinor, Long revenueMinor) {
	}

	/** The stages a deal entered as parallel lists: stage, from (empty for the first), when, by whom. */
	private record History(List<Stage> stages, List<String> froms, List<ZonedDateTime> ats, List<String> bys) {
	}

	private Deal deal(Stored d) {
		History h = d.history();
		List<Deal.StageChange> history = new ArrayList<>();
		for (int i = 0; i < h.stages().size(); i++) {
			String from = h.froms().get(i);
			history.add(new Deal.StageChange(h.stages().get(i), from.isEmpty() ? null : Stage.valueOf(from), h.ats().get(i),
					h.bys().get(i)));
		}
		Deal.Amounts amounts = new Deal.Amounts(money.fromMinor(d.amounts().priceMinor()),
				money.fromMinor(d.amounts().revenueMinor()));
		return new Deal(d.id(), d.kind(), d.stage(), d.parties(), amounts, d.closing(), d.terms(), history, d.version(),
				d.createdAt());
	}

	private static ZonedDateTime at(OffsetDateTime at) {
		return at == null ? ZonedDateTime.now(ZoneOffset.UTC) : at.atZoneSameInstant(ZoneOffset.UTC);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
