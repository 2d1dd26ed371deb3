package com.rootline.report;

import java.time.LocalDate;
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

/** The {@code DatabaseGrowth} report, in GraphQL and as {@code GET /reports/database-growth.csv}. */
@Controller
class DatabaseGrowthController {

	private final DatabaseGrowth growth;

	DatabaseGrowthController(DatabaseGrowth growth) {
		this.growth = growth;
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	DatabaseGrowth.Result databaseGrowth(@Argument LocalDate from, @Argument LocalDate to, @Argument String agentId) {
		return growth.compute(from, to, agentId);
	}

	@SchemaMapping(typeName = "GrowthWeek")
	@PreAuthorize("hasRole('VIEWER')")
	long net(DatabaseGrowth.Week week) {
		return week.net();
	}

	/** One row per week, then the averages; the same roles may read it. */
	@GetMapping(path = "/reports/database-growth.csv", produces = "text/csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<String> csv(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) String agentId) {
		DatabaseGrowth.Result result = growth.compute(from, to, agentId);
		StringBuilder out = new StringBuilder(Csv.row(List.of("Week of", "Added", "From advertising", "From referrals",
				"From partners", "No source", "Archived", "Erased", "Net")));
		result.weeks().forEach(w -> out.append(Csv.row(List.of(w.weekOf().toString(), w.added(),
				w.addedBySource().advertising(), w.addedBySource().referral(), w.addedBySource().partner(),
				w.addedBySource().none(), w.archived(), w.erased(), w.net()))));
		out.append(Csv.row(List.of("Per week", ReportCsv.decimal(result.addedPerWeek()), "", "", "", "",
				ReportCsv.decimal(result.removedPerWeek()), "", "")));
		return ReportCsv.download("database-growth-" + result.from() + "-" + result.to() + ".csv", out.toString());
	}

}
