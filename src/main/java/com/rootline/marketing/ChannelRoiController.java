package com.rootline.marketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.rootline.api.ApiException;
import com.rootline.api.Csv;
import com.rootline.api.ErrorCode;
import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The {@code ChannelRoi} type, quarter close, and the same figures as CSV for spreadsheets. */
@Controller
class ChannelRoiController {

	private final ChannelRoi roi;

	ChannelRoiController(ChannelRoi roi) {
		this.roi = roi;
	}

	record CloseQuarterPayload(ChannelRoi.ClosedQuarter quarter, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('MARKETING')")
	ChannelRoi.Result channelRoi(@Argument LocalDate from, @Argument LocalDate to,
			@Argument List<ChannelRoi.Dimension> groupBy, @Argument ChannelRoi.Attribution attribution,
			@Argument Double decay) {
		return roi.compute(from, to, groupBy, attribution == null ? ChannelRoi.Attribution.SOURCE : attribution,
				decay == null ? 1.0 : decay);
	}

	@QueryMapping
	@PreAuthorize("hasRole('MARKETING')")
	List<ChannelRoi.ClosedQuarter> closedQuarters() {
		return roi.closedQuarters();
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	CloseQuarterPayload closeQuarter(@Argument("input") QuarterInput input) {
		return Payloads.attempt(() -> roi.close(input.quarter()), q -> new CloseQuarterPayload(q, List.of()),
				e -> new CloseQuarterPayload(null, e));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	CloseQuarterPayload reopenQuarter(@Argument("input") QuarterInput input) {
		return Payloads.attempt(() -> roi.reopen(input.quarter()), q -> new CloseQuarterPayload(q, List.of()),
				e -> new CloseQuarterPayload(null, e));
	}

	record QuarterInput(String quarter) {
	}

	/** The GraphQL figures as CSV; the same roles may read it. */
	@GetMapping(path = "/reports/channel-roi.csv", produces = "text/csv")
	@PreAuthorize("hasRole('MARKETING')")
	ResponseEntity<String> csv(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(defaultValue = "SOURCE") String attribution,
			@RequestParam(defaultValue = "MEDIA_TYPE,OUTLET,QUARTER") List<String> groupBy,
			@RequestParam(defaultValue = "1.0") double decay) {
		ChannelRoi.Attribution credit = constant(ChannelRoi.Attribution.class, attribution, "attribution");
		List<ChannelRoi.Dimension> dimensions = groupBy.stream()
			.map(d -> constant(ChannelRoi.Dimension.class, d, "groupBy"))
			.toList();
		ChannelRoi.Result result = roi.compute(from, to, dimensions, credit, decay);
		StringBuilder out = new StringBuilder(Csv.row(List.of("Media type", "Outlet", "Quarter", "Spend", "Leads",
				"Closed deals", "Revenue", "ROI", "Cost per lead", "Cost per closed deal", "Frozen")));
		for (ChannelRoi.Row row : result.rows()) {
			out.append(Csv.row(cells(row)));
		}
		List<Object> totals = cells(result.totals());
		totals.set(0, "TOTAL");
		out.append(Csv.row(totals));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"channel-roi-" + from + "-" + to + ".csv\"")
			.body(out.toString());
	}

	/** A query parameter's constant, or a VALIDATION_FAILED naming the parameter and what it may be. */
	private static <E extends Enum<E>> E constant(Class<E> type, String value, String parameter) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		throw new ApiException(ErrorCode.VALIDATION_FAILED, parameter + ": '" + value + "' is not one of "
				+ String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
	}

	private static List<Object> cells(ChannelRoi.Row r) {
		List<Object> cells = new ArrayList<>();
		cells.add(r.mediaType() == null ? null : r.mediaType().name());
		cells.add(r.outlet() == null ? null : r.outlet().name());
		cells.add(r.quarter());
		cells.add(r.spend());
		cells.add(r.leads());
		cells.add(r.closedDeals());
		cells.add(r.revenue());
		cells.add(r.roi());
		cells.add(r.costPerLead());
		cells.add(r.costPerClosedDeal());
		cells.add(r.frozen());
		return cells;
	}

}
