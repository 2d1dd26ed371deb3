package com.rootline.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import com.rootline.graph.Statements;
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

	private final Statements statements;

	private final AgentReader agents;

	private final TimeZones zones;

	private final CountedZone countedZone;

	AgentActivity(Statements statements, AgentReader agents, TimeZones zones, CountedZone countedZone) {
		this.statements = statements;
		this.agents = agents;
		this.zones = zones;
		this.countedZone = countedZone;
	}

	private record Window(LocalDate from, LocalDate to, ZonedDateTime fromTime, ZonedDateTime toTime, LocalDate today,
			String agentId, String zone) {
	}

	/** Touches of one kind, tasks completed or not done by their due day, in a week, for an agent. */
	private record Counted(String agentId, String week, String what, long n) {
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
		Window asked = new Window(first, last, first.atStartOfDay(zone), last.plusDays(1).atStartOfDay(zone),
				zones.today(zone), agentId, zone.getId());
		Map<String, Map<LocalDate, long[]>> counts = new HashMap<>();
		String query = countedZone.countedIn(zone) ? "report/agent-activity" : "report/agent-activity-scan";
		statements.all(query, asked, Counted.class).forEach(r -> {
			long[] c = counts.computeIfAbsent(r.agentId(), a -> new HashMap<>())
				.computeIfAbsent(LocalDate.parse(r.week()), w -> new long[Touch.values().length + 2]);
			String what = r.what();
			int index = switch (what) {
				case "COMPLETED" -> Touch.values().length;
				case "OVERDUE" -> Touch.values().length + 1;
				default -> Touch.valueOf(what).ordinal();
			};
			c[index] += r.n();
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
