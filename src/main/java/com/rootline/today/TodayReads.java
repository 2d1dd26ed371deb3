package com.rootline.today;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.contact.Contact;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The reads behind the dates that matter and the call list, each one named query. */
@Component
class TodayReads {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	TodayReads(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	List<DatedFacts.CustomDate> recurringFields() {
		return List.copyOf(neo4j.query(queries.get("today/recurring-fields"))
			.fetchAs(DatedFacts.CustomDate.class)
			.mappedBy((t, r) -> new DatedFacts.CustomDate(r.get("key").asString(), r.get("label").asString()))
			.all());
	}

	List<DatedFacts> datedContacts(String ownerId, List<DatedFacts.CustomDate> custom) {
		Map<String, Object> params = new HashMap<>();
		params.put("ownerId", ownerId);
		params.put("customProperties", properties(custom));
		return List.copyOf(neo4j.query(queries.get("today/dated-contacts"))
			.bindAll(params)
			.fetchAs(DatedFacts.class)
			.mappedBy((t, r) -> DatedFacts.of(r.asMap(), custom))
			.all());
	}

	List<CallRule> rules() {
		return List.copyOf(neo4j.query(queries.get("today/call-rules"))
			.fetchAs(CallRule.class)
			.mappedBy((t, r) -> CallRule.of(r.get("rule").asMap()))
			.all());
	}

	CallRule updateRule(CallRule.Code code, Map<String, Object> props) {
		return neo4j.query(queries.get("today/update-call-rule"))
			.bindAll(Map.of("code", code.name(), "props", props))
			.fetchAs(CallRule.class)
			.mappedBy((t, r) -> CallRule.of(r.get("rule").asMap()))
			.one()
			.orElseThrow();
	}

	/**
	 * The candidates of an agent's call list: the contacts they own and those of the open tasks
	 * assigned to them, with those tasks and the newest referral in the tree of each client whose
	 * tree brought at least {@code treeMinimum} and who was contacted within {@code treeDays}: for
	 * the others the tree rule holds whenever it is read (they have not heard from us for that long).
	 */
	@SuppressWarnings("unchecked")
	List<CallList.Candidate> candidates(String agentId, LocalDate today, long treeMinimum, int treeDays,
			List<DatedFacts.CustomDate> custom) {
		Map<String, List<CallList.DueTask>> tasks = new HashMap<>();
		neo4j.query(queries.get("today/due-tasks"))
			.bindAll(Map.of("agentId", agentId, "today", today))
			.fetchAs(DueRow.class)
			.mappedBy((t, r) -> Statements.row(r::get, DueRow.class))
			.all()
			.forEach(r -> tasks.computeIfAbsent(r.contactId(), k -> new ArrayList<>())
				.add(new CallList.DueTask(r.title(), r.dueOn(), r.planStep())));
		Map<String, Object> params = new HashMap<>();
		params.put("agentId", agentId);
		params.put("extraIds", List.copyOf(tasks.keySet()));
		params.put("customProperties", properties(custom));
		// Mapped by the driver, not Spring Data's conversions: a few thousand rows per list.
		List<Map<String, Object>> rows = List.copyOf(neo4j.query(queries.get("today/call-candidates"))
			.bindAll(params)
			.fetchAs(Map.class)
			.mappedBy((t, r) -> r.asMap())
			.all()
			.stream()
			.map(m -> (Map<String, Object>) m)
			.toList());
		LocalDate quietSince = today.minusDays(treeDays + 1L);
		List<String> trees = rows.stream()
			.filter(r -> (Long) r.get("descendants") > 0 && (Long) r.get("treeValueMinor") >= treeMinimum
					&& r.get("lastContactedAt") != null
					&& !((ZonedDateTime) r.get("lastContactedAt")).toLocalDate().isBefore(quietSince))
			.map(r -> (String) r.get("id"))
			.toList();
		Map<String, Newest> newest = new HashMap<>();
		if (!trees.isEmpty()) {
			neo4j.query(queries.get("today/newest-referrals"))
				.bind(trees)
				.to("ids")
				.fetchAs(Newest.class)
				.mappedBy((t, r) -> Statements.row(r::get, Newest.class))
				.all()
				.forEach(r -> newest.put(r.id(), r));
		}
		List<CallList.Candidate> candidates = new ArrayList<>(rows.size());
		for (Map<String, Object> r : rows) {
			String id = (String) r.get("id");
			Newest referral = newest.getOrDefault(id, new Newest(id, null, null));
			String name = referral.name();
			candidates.add(new CallList.Candidate(id, (String) r.get("nameKey"),
					r.get("statusLevel") == null ? null : Contact.StatusLevel.valueOf((String) r.get("statusLevel")),
					(ZonedDateTime) r.get("createdAt"), (ZonedDateTime) r.get("lastContactedAt"),
					(Long) r.get("treeValueMinor"), (Long) r.get("descendants"), referral.referredOn(),
					name == null || name.isBlank() ? null : name, DatedFacts.of(r, custom),
					List.copyOf(tasks.getOrDefault(id, List.of()))));
		}
		return candidates;
	}

	/** An open task due by today, on one of the agent's contacts. */
	private record DueRow(String contactId, String title, LocalDate dueOn, boolean planStep) {
	}

	/** The newest referral in a client's tree: when, and whom. */
	private record Newest(String id, LocalDate referredOn, String name) {
	}

	private static List<String> properties(List<DatedFacts.CustomDate> custom) {
		return custom.stream().map(c -> "cf_" + c.key()).toList();
	}

}
