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

/** The {@code Seasonality} report, in GraphQL and as {@code GET /reports/seasonality.csv}. */
@Controller
class SeasonalityController {

	private final Seasonality seasonality;

	SeasonalityController(Seasonality seasonality) {
		this.seasonality = seasonality;
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Seasonality.Result seasonality(@Argument LocalDate from, @Argument LocalDate to, @Argument String agentId,
			@Argument Seasonality.DealKind kind) {
		return seasonality.compute(from, to, agentId, kind);
	}

	@SchemaMapping(typeName = "SeasonalityMonth")
	@PreAuthorize("hasRole('VIEWER')")
	String month(Seasonality.Month month) {
		return month.month().toString();
	}

	/** One row per month, then the month-of-year profile; the same roles may read it. */
	@GetMapping(path = "/reports/seasonality.csv", produces = "text/csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<String> csv(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) String agentId, @RequestParam(required = false) Seasonality.DealKind kind) {
		Seasonality.Result result = seasonality.compute(from, to, agentId, kind);
		StringBuilder out = new StringBuilder(Csv.row(List.of("Month", "Created", "Under contract", "Closed")));
		result.months().forEach(m -> out.append(Csv.row(List.of(m.month().toString(), m.created(), m.underContract(),
				m.closed()))));
		out.append("\r\n").append(Csv.row(List.of("Month of year", "Years", "Created per year", "Under contract per year",
				"Closed per year")));
		result.profile().forEach(p -> out.append(Csv.row(List.of(p.month(), p.years(), ReportCsv.decimal(p.created()),
				ReportCsv.decimal(p.underContract()), ReportCsv.decimal(p.closed())))));
		return ReportCsv.download("seasonality-" + result.from() + "-" + result.to() + ".csv", out.toString());
	}

}
