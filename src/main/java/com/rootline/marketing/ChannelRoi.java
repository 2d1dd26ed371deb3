package com.rootline.marketing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.rootline.api.ApiException;
import com.rootline.api.ErrorCode;
import com.rootline.api.MoneyUnits;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Channel ROI. Two named queries read the facts: spend entries, and the maintained day facts of
 * leads and closed deals with the outlet they are credited to and its distance (see
 * {@code facts/RoiDays}); this class groups them and does the arithmetic in exact decimals. Closed
 * quarters are served from their frozen facts instead of the graph.
 */
@Service
class ChannelRoi {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final MediaCatalog catalog;

	private final MoneyUnits money;

	ChannelRoi(Neo4jClient neo4j, CypherQueries queries, MediaCatalog catalog, MoneyUnits money) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.catalog = catalog;
		this.money = money;
	}

	/**
	 * An aggregated fact of one outlet and day: SPEND (amount, entries), LEAD (count), or SOURCE and
	 * CHAIN deal credits (revenue, deals) at one distance from the outlet.
	 */
	record Fact(String kind, String outletId, LocalDate on, long amountMinor, int depth, long n) {


	}

	record Row(MediaType mediaType, MediaOutlet outlet, String quarter, BigDecimal spend, long leads,
			long closedDeals, BigDecimal revenue, Double roi, BigDecimal costPerLead, BigDecimal costPerClosedDeal,
			boolean frozen) {
	}

	record Result(List<Row> rows, Row totals, Attribution attribution, double decay) {
	}

	/** Whose closed deals an outlet is credited with: its own leads', or its leads' referral chains too. */
	enum Attribution {

		SOURCE, REFERRAL_CHAIN

	}

	/** What the rows are grouped by (the schema's RoiDimension). */
	enum Dimension {

		MEDIA_TYPE, OUTLET, QUARTER

	}

	record ClosedQuarter(String quarter, ZonedDateTime closedAt, String closedBy) {
	}

	@Transactional(readOnly = true)
	Result compute(LocalDate from, LocalDate to, List<Dimension> groupBy, Attribution attribution, double decay) {
		if (from.isAfter(to)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "from: must not be after to");
		}
		if (!(decay > 0 && decay <= 1)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "decay: between 0 (exclusive) and 1");
		}
		String dealKind = attribution == Attribution.SOURCE ? "SOURCE" : "CHAIN";
		Set<String> closed = closedQuarterNames();
		List<Fact> facts = new ArrayList<>();
		for (Fact f : liveFacts(from, to, List.of(dealKind), false)) {
			if (!closed.contains(Quarter.of(f.on()).toString())) {
				facts.add(f);
			}
		}
		List<String> frozenQuarters = Quarter.between(from, to).stream().map(Quarter::toString).filter(closed::contains).toList();
		facts.addAll(frozenFacts(frozenQuarters, List.of("SPEND", "LEAD", dealKind)).stream()
			.filter(f -> !f.on().isBefore(from) && !f.on().isAfter(to))
			.toList());

		Map<List<String>, Acc> groups = new LinkedHashMap<>();
		Acc totals = new Acc();
		Map<String, MediaOutlet> outlets = catalog.outlets(facts.stream().map(Fact::outletId).filter(Objects::nonNull).distinct().toList());
		BigDecimal decayFactor = BigDecimal.valueOf(decay);
		for (Fact f : facts) {
			if (f.outletId() == null || ((f.kind().equals("SOURCE") || f.kind().equals("CHAIN")) && !f.kind().equals(dealKind))) {
				continue;
			}
			MediaOutlet outlet = outlets.get(f.outletId());
			String quarter = Quarter.of(f.on()).toString();
			List<String> key = java.util.Arrays.asList(groupBy.contains(Dimension.MEDIA_TYPE) ? outlet.mediaTypeId() : null,
					groupBy.contains(Dimension.OUTLET) ? outlet.id() : null, groupBy.contains(Dimension.QUARTER) ? quarter : null);
			Acc acc = groups.computeIfAbsent(key, k -> new Acc());
			for (Acc a : List.of(acc, totals)) {
				a.quarters.add(quarter);
				switch (f.kind()) {
					case "SPEND" -> a.spendMinor += f.amountMinor();
					case "LEAD" -> a.leads += f.n();
					default -> {
						a.deals += f.n();
						a.revenueMinor = a.revenueMinor.add(BigDecimal.valueOf(f.amountMinor()).multiply(decayFactor.pow(f.depth())));
					}
				}
			}
		}
		Map<String, MediaType> types = catalog.types(groups.keySet().stream().map(k -> k.get(0)).filter(Objects::nonNull).distinct().toList());
		List<Row> rows = new ArrayList<>();
		groups.forEach((key, acc) -> rows.add(row(key.get(0) == null ? null : types.get(key.get(0)),
				key.get(1) == null ? null : outlets.get(key.get(1)), key.get(2), acc, closed)));
		rows.sort(Comparator.comparing((Row r) -> r.quarter() == null ? "" : r.quarter())
			.thenComparing(r -> r.mediaType() == null ? "" : r.mediaType().name())
			.thenComparing(r -> r.outlet() == null ? "" : r.outlet().name()));
		return new Result(rows, row(null, null, null, totals, closed), attribution, decay);
	}

	private Row row(MediaType type, MediaOutlet outlet, String quarter, Acc acc, Set<String> closed) {
		BigDecimal spend = money.fromMinor(acc.spendMinor);
		int digits = spend.scale();
		BigDecimal revenue = acc.revenueMinor.movePointLeft(digits).setScale(digits, RoundingMode.HALF_EVEN);
		Double roi = acc.spendMinor == 0 ? null
				: revenue.subtract(spend).divide(spend, MathContext.DECIMAL64).doubleValue();
		BigDecimal perLead = acc.leads == 0 ? null : spend.divide(BigDecimal.valueOf(acc.leads), digits, RoundingMode.HALF_EVEN);
		BigDecimal perDeal = acc.deals == 0 ? null : spend.divide(BigDecimal.valueOf(acc.deals), digits, RoundingMode.HALF_EVEN);
		boolean frozen = !acc.quarters.isEmpty() && closed.containsAll(acc.quarters);
		return new Row(type, outlet, quarter, spend, acc.leads, acc.deals, revenue, roi, perLead, perDeal, frozen);
	}

	private static final class Acc {

		long spendMinor;

		long leads;

		long deals;

		BigDecimal revenueMinor = BigDecimal.ZERO;

		final Set<String> quarters = new HashSet<>();

	}

	/**
	 * The window's facts: spend entries from the graph, leads and deals (credited the ways asked for;
	 * both, to freeze a quarter) from the maintained day facts (see {@code facts/RoiDays}), summed per
	 * quarter for a report or kept per day to be frozen.
	 */
	List<Fact> liveFacts(LocalDate from, LocalDate to, List<String> dealKinds, boolean perDay) {
		List<Fact> facts = new ArrayList<>();
		List<String> kinds = new ArrayList<>(dealKinds);
		kinds.add("LEAD");
		neo4j.query(queries.get("marketing/roi-spend"))
			.bindAll(Statements.parameters(new Window(from, to)))
			.fetchAs(Fact.class)
			.mappedBy((t, r) -> new Fact("SPEND", r.get("outletId").asString(null), r.get("on").asLocalDate(),
					r.get("amountMinor").asLong(0), 0, r.get("n").asLong()))
			.all()
			.forEach(facts::add);
		neo4j.query(queries.get("marketing/roi-days"))
			.bindAll(Statements.parameters(new Days(from, to, kinds, perDay)))
			.fetchAs(Fact.class)
			.mappedBy((t, r) -> new Fact(r.get("kind").asString(), r.get("outletId").asString(null),
					r.get("on").asLocalDate(), r.get("amountMinor").asLong(0), r.get("depth").asInt(0), r.get("n").asLong()))
			.all()
			.forEach(facts::add);
		return facts;
	}

	private List<Fact> frozenFacts(List<String> quarters, List<String> kinds) {
		if (quarters.isEmpty()) {
			return List.of();
		}
		return List.copyOf(neo4j.query(queries.get("marketing/quarter-facts"))
			.bindAll(Statements.parameters(new Quarters(quarters, kinds)))
			.fetchAs(Fact.class)
			.mappedBy((t, r) -> new Fact(r.get("kind").asString(), r.get("outletId").asString(null),
					r.get("on").asLocalDate(), r.get("amountMinor").asLong(0), r.get("depth").asInt(0), r.get("n").asLong(1)))
			.all());
	}

	@Transactional(readOnly = true)
	List<ClosedQuarter> closedQuarters() {
		return List.copyOf(neo4j.query(queries.get("marketing/closed-quarters"))
			.fetchAs(ClosedQuarter.class)
			.mappedBy((t, r) -> new ClosedQuarter(r.get("quarter").asString(), r.get("closedAt").asZonedDateTime(),
					r.get("closedBy").asString()))
			.all());
	}

	private Set<String> closedQuarterNames() {
		Set<String> names = new HashSet<>();
		closedQuarters().forEach(q -> names.add(q.quarter()));
		return names;
	}

	@Transactional
	ClosedQuarter close(String text) {
		Quarter quarter = parse(text);
		if (closedQuarterNames().contains(quarter.toString())) {
			throw new UserErrorsException(UserError.of(UserErrorCode.QUARTER_CLOSED, quarter + " is already closed", "quarter"));
		}
		List<Fact> facts = liveFacts(quarter.start(), quarter.end(), List.of("SOURCE", "CHAIN"), true);
		neo4j.query(queries.get("marketing/quarter-close"))
			.bindAll(Statements.parameters(new Freeze(quarter.toString(), facts, Callers.currentName())))
			.run();
		audit("CLOSE_QUARTER", quarter, facts.size() + " facts frozen");
		return closedQuarters().stream().filter(q -> q.quarter().equals(quarter.toString())).findFirst().orElseThrow();
	}

	@Transactional
	ClosedQuarter reopen(String text) {
		Quarter quarter = parse(text);
		ClosedQuarter closed = closedQuarters().stream()
			.filter(q -> q.quarter().equals(quarter.toString()))
			.findFirst()
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, quarter + " is not closed", "quarter")));
		neo4j.query(queries.get("marketing/quarter-reopen")).bind(quarter.toString()).to("quarter").run();
		audit("REOPEN_QUARTER", quarter, "closed " + closed.closedAt() + " by " + closed.closedBy());
		return closed;
	}

	private void audit(String action, Quarter quarter, String details) {
		neo4j.query(queries.get("marketing/audit"))
			.bindAll(Statements.parameters(new Audit(action, Callers.currentName(), List.of(quarter.toString()), details)))
			.run();
	}

	private static Quarter parse(String text) {
		Quarter quarter = Quarter.parse(text);
		if (quarter == null) {
			throw new UserErrorsException(UserError.of(UserErrorCode.INVALID, "A quarter is written like 2026-Q3", "quarter"));
		}
		return quarter;
	}

	private record Window(LocalDate from, LocalDate to) {
	}

	/** A window of the maintained ROI days, the kinds of fact asked for, kept per day or summed per quarter. */
	private record Days(LocalDate from, LocalDate to, List<String> kinds, boolean perDay) {
	}

	private record Quarters(List<String> quarters, List<String> kinds) {
	}

	/** A quarter's facts, frozen when it is closed. */
	private record Freeze(String quarter, List<Fact> facts, String by) {
	}

	private record Audit(String action, String by, List<String> subjectIds, String details) {
	}

}
