package com.rootline.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.rootline.api.Csv;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The {@code AgentActivity} report, in GraphQL and as {@code GET /reports/agent-activity.csv} (BROKER). */
@Controller
class AgentActivityController {

	private final AgentActivity activity;

	AgentActivityController(AgentActivity activity) {
		this.activity = activity;
	}

	@QueryMapping
	@PreAuthorize("hasRole('BROKER')")
	List<AgentActivity.Row> agentActivity(@Argument LocalDate from, @Argument LocalDate to, @Argument String agentId) {
		return activity.compute(from, to, agentId);
	}

	@SchemaMapping(typeName = "AgentActivity")
	@PreAuthorize("hasRole('BROKER')")
	long touches(AgentActivity.Row row) {
		return row.touches();
	}

	@SchemaMapping(typeName = "AgentActivity")
	@PreAuthorize("hasRole('BROKER')")
	long tasksCompleted(AgentActivity.Row row) {
		return row.tasksCompleted();
	}

	@SchemaMapping(typeName = "AgentActivity")
	@PreAuthorize("hasRole('BROKER')")
	long tasksOverdue(AgentActivity.Row row) {
		return row.tasksOverdue();
	}

	@SchemaMapping(typeName = "ActivityWeek")
	@PreAuthorize("hasRole('BROKER')")
	long touches(AgentActivity.Week week) {
		return week.touches();
	}

	/** One row per agent and week. */
	@GetMapping(path = "/reports/agent-activity.csv", produces = "text/csv")
	@PreAuthorize("hasRole('BROKER')")
	ResponseEntity<String> csv(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) String agentId) {
		List<String> heading = new ArrayList<>(List.of("Agent", "Week of"));
		for (AgentActivity.Touch t : AgentActivity.Touch.values()) {
			heading.add(t.name().charAt(0) + t.name().substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		heading.addAll(List.of("Touches", "Tasks completed", "Tasks overdue"));
		StringBuilder out = new StringBuilder(Csv.row(heading));
		List<AgentActivity.Row> rows = activity.compute(from, to, agentId);
		for (AgentActivity.Row row : rows) {
			for (AgentActivity.Week week : row.weeks()) {
				List<Object> cells = new ArrayList<>(List.of(row.agent().name(), week.weekOf().toString()));
				week.byKind().forEach(k -> cells.add(k.count()));
				cells.addAll(List.of(week.touches(), week.tasksCompleted(), week.tasksOverdue()));
				out.append(Csv.row(cells));
			}
		}
		return ReportCsv.download("agent-activity-" + from + "-" + to + ".csv", out.toString());
	}

}
