package com.rootline.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.rootline.api.Csv;
import com.rootline.marketing.MediaCatalog;
import com.rootline.marketing.MediaOutlet;
import com.rootline.marketing.MediaType;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The {@code SourceFunnel} report and its {@code FunnelRow}s, in GraphQL and as {@code GET /reports/source-funnel.csv}. */
@Controller
class SourceFunnelController {

	private final SourceFunnel funnel;

	private final MediaCatalog catalog;

	SourceFunnelController(SourceFunnel funnel, MediaCatalog catalog) {
		this.funnel = funnel;
		this.catalog = catalog;
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	SourceFunnel.Result sourceFunnel(@Argument LocalDate from, @Argument LocalDate to,
			@Argument SourceFunnel.Dimension by, @Argument String agentId) {
		return funnel.compute(from, to, by, agentId);
	}

	@BatchMapping(typeName = "FunnelRow")
	@PreAuthorize("hasRole('VIEWER')")
	Map<SourceFunnel.Row, MediaType> mediaType(List<SourceFunnel.Row> rows) {
		return named(rows, SourceFunnel.Dimension.MEDIA_TYPE, catalog::types);
	}

	@BatchMapping(typeName = "FunnelRow")
	@PreAuthorize("hasRole('VIEWER')")
	Map<SourceFunnel.Row, MediaOutlet> outlet(List<SourceFunnel.Row> rows) {
		return named(rows, SourceFunnel.Dimension.OUTLET, catalog::outlets);
	}

	@SchemaMapping(typeName = "FunnelRow")
	@PreAuthorize("hasRole('VIEWER')")
	String referralKind(SourceFunnel.Row row) {
		return row.by() == SourceFunnel.Dimension.REFERRAL_KIND ? row.key() : null;
	}

	/** The rows' media types or outlets, each read once for the whole list. */
	private static <T> Map<SourceFunnel.Row, T> named(List<SourceFunnel.Row> rows, SourceFunnel.Dimension by,
			Function<List<String>, Map<String, T>> load) {
		List<SourceFunnel.Row> keyed = rows.stream().filter(r -> r.by() == by && r.key() != null).toList();
		Map<String, T> byId = keyed.isEmpty() ? Map.of()
				: load.apply(keyed.stream().map(SourceFunnel.Row::key).distinct().toList());
		Map<SourceFunnel.Row, T> result = new HashMap<>();
		keyed.forEach(r -> {
			if (byId.get(r.key()) != null) {
				result.put(r, byId.get(r.key()));
			}
		});
		return result;
	}

	/** One row per group and the whole cohort, rates and medians with two decimals; the same roles may read it. */
	@GetMapping(path = "/reports/source-funnel.csv", produces = "text/csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<String> csv(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam SourceFunnel.Dimension by, @RequestParam(required = false) String agentId) {
		SourceFunnel.Result result = funnel.compute(from, to, by, agentId);
		Map<String, String> names = new HashMap<>();
		List<String> keys = result.rows().stream().map(SourceFunnel.Row::key).filter(k -> k != null).toList();
		if (by == SourceFunnel.Dimension.MEDIA_TYPE && !keys.isEmpty()) {
			catalog.types(keys).forEach((id, t) -> names.put(id, t.name()));
		}
		if (by == SourceFunnel.Dimension.OUTLET && !keys.isEmpty()) {
			catalog.outlets(keys).forEach((id, o) -> names.put(id, o.name()));
		}
		StringBuilder out = new StringBuilder(Csv.row(List.of("Source", "Leads", "Applications", "Approved", "Closed",
				"Application rate", "Approval rate", "Close rate", "Lead to close", "Median days to application",
				"Median days to approval", "Median days to close")));
		result.rows().forEach(r -> out.append(row(r.key() == null ? "(none)" : names.getOrDefault(r.key(), r.key()), r)));
		out.append(row("TOTAL", result.total()));
		return ReportCsv.download("source-funnel-" + by.name().toLowerCase(java.util.Locale.ROOT) + "-" + result.from()
				+ "-" + result.to() + ".csv", out.toString());
	}

	private static String row(String name, SourceFunnel.Row r) {
		List<Object> cells = new ArrayList<>(List.of(name, r.leads(), r.applications(), r.approved(), r.closed()));
		for (Double d : new Double[] { r.applicationRate(), r.approvalRate(), r.closeRate(), r.leadToCloseRate(),
				r.medianDaysToApplication(), r.medianDaysToApproval(), r.medianDaysToClose() }) {
			cells.add(d == null ? "" : BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_EVEN));
		}
		return Csv.row(cells);
	}

}
