package com.rootline.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.TimeZones;
import com.rootline.facts.CountedZone;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What each team agent did, week by week: touches by kind (calls, e-mails, meetings, texts, mail),
 * tasks completed, and tasks that were not done by their due day. Weeks start on Monday in the
 * deployment's time zone; "overdue" is judged against today. Read from the activity counters the
 * interaction and task writers keep, or from the interactions and tasks themselves while the counters
 * are being counted in this zone ({@link CountedZone}).
 */
@Component
class AgentActivity {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final AgentReader agents;

	private final TimeZones zones;

	private final CountedZone countedZone;

	AgentActivity(Neo4jClient neo4j, CypherQueries queries, AgentReader agents, TimeZones zones,
			CountedZone countedZone) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.agents = agents;
		this.zones = zones;
		this.countedZone = countedZone;
	}

	enum Touch {

		CALL, EMAIL, MEETING, TEXT, MAIL

	}

	record KindCount(Touch kind, long count) {
	}

	record Week(LocalDate weekOf, List<KindCount> byKind, long tasksCompleted, long tasksOverdue) {

		long touches() {
			return byKind.stream().mapToLong(KindCount::count).sum();
		}

	}

	record Row(Agent agent, List<Week> weeks) {

		long touches() {
			return weeks.stream().mapToLong(Week::touches).sum();
		}

		long tasksCompleted() {
			return weeks.stream().mapToLong(Week::tasksCompleted).sum();
		}

		long tasksOverdue() {
			return weeks.stream().mapToLong(Week::tasksOverdue).sum();
		}

	}

	/**
	 * One row per team agent with activity in the window (or the one asked for), by name.
	 * @throws com.rootline.api.ApiException VALIDATION_FAILED naming {@code to} (see {@link Weeks})
	 */
	List<Row> compute(LocalDate from, LocalDate to, String agentId) {
		Weeks window = Weeks.around(from, to);
		LocalDate first = window.first();
		LocalDate last = window.last();
		ZoneId zone = zones.deployment();
		Map<String, Object> params = new HashMap<>();
		params.put("from", first);
		params.put("to", last);
		params.put("fromTime", first.atStartOfDay(zone));
		params.put("toTime", last.plusDays(1).atStartOfDay(zone));
		params.put("today", zones.today(zone));
		params.put("agentId", agentId);
		params.put("zone", zone.getId());
		Map<String, Map<LocalDate, long[]>> counts = new HashMap<>();
		String query = countedZone.countedIn(zone) ? "report/agent-activity" : "report/agent-activity-scan";
		neo4j.query(queries.get(query)).bindAll(params).fetch().all().forEach(r -> {
			long[] c = counts.computeIfAbsent((String) r.get("agentId"), a -> new HashMap<>())
				.computeIfAbsent(LocalDate.parse((String) r.get("week")), w -> new long[Touch.values().length + 2]);
			String what = (String) r.get("what");
			int index = switch (what) {
				case "COMPLETED" -> Touch.values().length;
				case "OVERDUE" -> Touch.values().length + 1;
				default -> Touch.valueOf(what).ordinal();
			};
			c[index] += (Long) r.get("n");
		});
		Set<String> ids = new LinkedHashSet<>(counts.keySet());
		if (agentId != null) {
			ids.add(agentId);
		}
		Map<String, Agent> found = agents.findAll(ids);
		List<Row> rows = new ArrayList<>();
		for (Agent agent : found.values()) {
			if (agent.isPartner()) {
				continue;
			}
			Map<LocalDate, long[]> byWeek = counts.getOrDefault(agent.id(), Map.of());
			List<Week> weeks = new ArrayList<>();
			for (LocalDate week = first; week.isBefore(last); week = week.plusWeeks(1)) {
				long[] c = byWeek.getOrDefault(week, new long[Touch.values().length + 2]);
				List<KindCount> byKind = new ArrayList<>();
				for (Touch t : Touch.values()) {
					byKind.add(new KindCount(t, c[t.ordinal()]));
				}
				weeks.add(new Week(week, byKind, c[Touch.values().length], c[Touch.values().length + 1]));
			}
			rows.add(new Row(agent, weeks));
		}
		rows.sort(Comparator.comparing((Row r) -> r.agent().name()).thenComparing(r -> r.agent().id()));
		return rows;
	}

}
