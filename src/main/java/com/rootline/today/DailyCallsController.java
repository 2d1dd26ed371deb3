package com.rootline.today;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.MoneyUnits;
import com.rootline.api.PageRequest;
import com.rootline.api.Payloads;
import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** The {@code DailyCall} and {@code CallRule} types: today's call list and the rules that rank it. */
@Controller
class DailyCallsController {

	private final TodayReads reads;

	private final AgentDays days;

	private final ContactReader contacts;

	private final MoneyUnits money;

	private final ApiLimits limits;

	DailyCallsController(TodayReads reads, AgentDays days, ContactReader contacts, MoneyUnits money, ApiLimits limits) {
		this.reads = reads;
		this.days = days;
		this.contacts = contacts;
		this.money = money;
		this.limits = limits;
	}

	record UpdateCallRuleInput(CallRule.Code code, ArgumentValue<Boolean> enabled, ArgumentValue<Integer> weight,
			ArgumentValue<Integer> days, ArgumentValue<Integer> daysA, ArgumentValue<Integer> daysB,
			ArgumentValue<Integer> daysC, ArgumentValue<BigDecimal> minValue) {
	}

	record CallRulePayload(CallRule rule, List<UserError> userErrors) {
	}

	/**
	 * Ranked from one read transaction: the rules, the agent's contacts and tasks are one snapshot.
	 * {@code date} in the past or future ranks as if that day were today (a planning view).
	 */
	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	@Transactional(readOnly = true)
	Connection<CallList.Entry> dailyCalls(@Argument String agentId, @Argument LocalDate date, @Argument Integer first,
			@Argument String after) {
		PageRequest page = PageRequest.of(first, after, limits);
		AgentDays.AgentDay day = days.of(agentId, "agentId");
		LocalDate today = date == null ? day.today() : date;
		List<CallRule> rules = reads.rules();
		CallRule tree = rules.stream()
			.filter(r -> r.code() == CallRule.Code.TREE_BROUGHT_BUSINESS && r.enabled())
			.findFirst()
			.orElse(null);
		long treeMinimum = tree == null ? Long.MAX_VALUE : tree.minValueMinor() == null ? 1 : tree.minValueMinor();
		int treeDays = tree == null ? 0 : tree.daysOr(CallList.TREE_DAYS);
		List<CallList.Entry> ranked = CallList.rank(
				reads.candidates(agentId, today, treeMinimum, treeDays, reads.recurringFields()),
				rules, today, day.zone(), this::format);
		return SortedPages.page(ranked, CallList.Entry::sortKey, page);
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<CallRule> callRules() {
		return reads.rules();
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	CallRulePayload updateCallRule(@Argument UpdateCallRuleInput input) {
		return Payloads.attempt(() -> update(input),
				rule -> new CallRulePayload(rule, List.of()), errors -> new CallRulePayload(null, errors));
	}

	private CallRule update(UpdateCallRuleInput input) {
		Problems problems = new Problems();
		Long minValueMinor = input.minValue().isPresent() ? money.toMinor(input.minValue().value()) : null;
		if (input.minValue().isPresent() && (minValueMinor == null || minValueMinor < 0)) {
			problems.add(UserErrorCode.INVALID, "A non-negative amount", "minValue");
		}
		CallRule.Change change = new CallRule.Change(input.code(), input.enabled().value(),
				range(input.weight(), 0, 1000, "weight", problems), range(input.days(), 0, 3660, "days", problems),
				range(input.daysA(), 1, 3660, "daysA", problems), range(input.daysB(), 1, 3660, "daysB", problems),
				range(input.daysC(), 1, 3660, "daysC", problems), minValueMinor);
		problems.throwIfAny();
		return reads.updateRule(change);
	}

	private static Integer range(ArgumentValue<Integer> argument, int min, int max, String field, Problems problems) {
		Integer value = argument.value();
		if (value != null && (value < min || value > max)) {
			problems.add(UserErrorCode.OUT_OF_RANGE, field + " is " + min + " to " + max, field);
		}
		return value;
	}

	@SchemaMapping(typeName = "CallRule", field = "minValue")
	@PreAuthorize("hasRole('VIEWER')")
	BigDecimal minValue(CallRule rule) {
		return rule.minValueMinor() == null ? null : money.fromMinor(rule.minValueMinor());
	}

	@SchemaMapping(typeName = "DailyCall", field = "treeValue")
	@PreAuthorize("hasRole('VIEWER')")
	BigDecimal treeValue(CallList.Entry entry) {
		return money.fromMinor(entry.facts().treeValueMinor());
	}

	@BatchMapping(typeName = "DailyCall")
	@PreAuthorize("hasRole('VIEWER')")
	Map<CallList.Entry, Contact> contact(List<CallList.Entry> list) {
		Map<String, Contact> found = contacts.findAll(list.stream().map(CallList.Entry::contactId).toList());
		Map<CallList.Entry, Contact> result = new HashMap<>();
		list.stream().filter(e -> found.containsKey(e.contactId())).forEach(e -> result.put(e, found.get(e.contactId())));
		return result;
	}

	private String format(long minor) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setCurrency(money.currency());
		return format.format(money.fromMinor(minor));
	}

}
