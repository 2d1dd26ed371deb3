package com.rootline.today;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.contact.Contact;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;

/** The reads behind the dates that matter and the call list, each one named query. */
@Component
class TodayReads {

	private final Statements statements;

	TodayReads(Statements statements) {
		this.statements = statements;
	}

	List<DatedFacts.CustomDate> recurringFields() {
		return statements.all("today/recurring-fields", DatedFacts.CustomDate.class);
	}

	List<DatedFacts> datedContacts(String ownerId, List<DatedFacts.CustomDate> custom) {
		return statements.all("today/dated-contacts", new Owner(ownerId, properties(custom)), DatedFacts.Row.class)
			.stream()
			.map(row -> DatedFacts.of(row, custom))
			.toList();
	}

	List<CallRule> rules() {
		return statements.all("today/call-rules", CallRule.class);
	}

	CallRule updateRule(CallRule.Change change) {
		return statements.one("today/update-call-rule", change, CallRule.class).orElseThrow();
	}

	/**
	 * The candidates of an agent's call list: the contacts they own and those of the open tasks
	 * assigned to them, with those tasks and the newest referral in the tree of each client whose
	 * tree brought at least {@code treeMinimum} and who was contacted within {@code treeDays}: for
	 * the others the tree rule holds whenever it is read (they have not heard from us for that long).
	 */
	List<CallList.Candidate> candidates(String agentId, LocalDate today, long treeMinimum, int treeDays,
			List<DatedFacts.CustomDate> custom) {
		Map<String, List<CallList.DueTask>> tasks = new HashMap<>();
		statements.all("today/due-tasks", new Agent(agentId, today), DueRow.class)
			.forEach(r -> tasks.computeIfAbsent(r.contactId(), k -> new ArrayList<>())
				.add(new CallList.DueTask(r.title(), r.dueOn(), r.planStep())));
		List<CandidateRow> rows = statements.all("today/call-candidates",
				new Candidates(agentId, List.copyOf(tasks.keySet()), properties(custom)), CandidateRow.class);
		LocalDate quietSince = today.minusDays(treeDays + 1L);
		List<String> trees = rows.stream()
			.filter(r -> r.descendants() > 0 && r.treeValueMinor() >= treeMinimum && r.lastContactedAt() != null
					&& !r.lastContactedAt().toLocalDate().isBefore(quietSince))
			.map(r -> r.dates().id())
			.toList();
		Map<String, Newest> newest = new HashMap<>();
		if (!trees.isEmpty()) {
			statements.all("today/newest-referrals", new Ids(trees), Newest.class).forEach(r -> newest.put(r.id(), r));
		}
		List<CallList.Candidate> candidates = new ArrayList<>(rows.size());
		for (CandidateRow r : rows) {
			String id = r.dates().id();
			Newest referral = newest.getOrDefault(id, new Newest(id, null, null));
			String name = referral.name();
			candidates.add(new CallList.Candidate(id, r.nameKey(), r.statusLevel(), r.createdAt(), r.lastContactedAt(),
					r.treeValueMinor(), r.descendants(), referral.referredOn(),
					name == null || name.isBlank() ? null : name, DatedFacts.of(r.dates(), custom),
					List.copyOf(tasks.getOrDefault(id, List.of()))));
		}
		return candidates;
	}

	private record Owner(String ownerId, List<String> customProperties) {
	}

	private record Agent(String agentId, LocalDate today) {
	}

	private record Candidates(String agentId, List<String> extraIds, List<String> customProperties) {
	}

	private record Ids(List<String> ids) {
	}

	/** An open task due by today, on one of the agent's contacts. */
	private record DueRow(String contactId, String title, LocalDate dueOn, boolean planStep) {
	}

	/** What the call list reads of a contact that may be called; its days come as a nested map. */
	private record CandidateRow(String nameKey, Contact.StatusLevel statusLevel, ZonedDateTime createdAt,
			ZonedDateTime lastContactedAt, long treeValueMinor, long descendants, DatedFacts.Row dates) {
	}

	/** The newest referral in a client's tree: when, and whom. */
	private record Newest(String id, LocalDate referredOn, String name) {
	}

	private static List<String> properties(List<DatedFacts.CustomDate> custom) {
		return custom.stream().map(c -> "cf_" + c.key()).toList();
	}

}
