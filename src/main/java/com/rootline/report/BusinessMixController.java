package com.rootline.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import com.rootline.api.Csv;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The {@code BusinessMix} report, in GraphQL and as {@code GET /reports/business-mix.csv}. */
@Controller
class BusinessMixController {

	private final BusinessMix mix;

	BusinessMixController(BusinessMix mix) {
		this.mix = mix;
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	BusinessMix.Result businessMix(@Argument LocalDate from, @Argument LocalDate to, @Argument String agentId) {
		return mix.compute(from, to, agentId);
	}

	/** The sources, then the referral generations, then advertising by media type; the same roles may read it. */
	@GetMapping(path = "/reports/business-mix.csv", produces = "text/csv")
	@PreAuthorize("hasRole('VIEWER')")
	ResponseEntity<String> csv(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) String agentId) {
		BusinessMix.Result result = mix.compute(from, to, agentId);
		StringBuilder out = new StringBuilder(Csv.row(List.of("Part", "Of", "Deals", "Revenue", "Share")));
		result.sources().forEach(s -> out.append(row("Source", s.source().name(), s.deals(), s.revenue(), s.share())));
		result.referralGenerations()
			.forEach(g -> out.append(row("Referral generation", g.generation(), g.deals(), g.revenue(), g.share())));
		result.advertising()
			.forEach(t -> out.append(row("Media type", t.mediaType().name(), t.deals(), t.revenue(), t.share())));
		out.append(Csv.row(List.of("Total", "", result.closedDeals(), result.revenue(), "1.0000")));
		return ReportCsv.download("business-mix-" + result.from() + "-" + result.to() + ".csv", out.toString());
	}

	private static String row(String part, Object of, long deals, BigDecimal revenue, double share) {
		return Csv.row(List.of(part, of, deals, revenue, BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_EVEN)));
	}

}
