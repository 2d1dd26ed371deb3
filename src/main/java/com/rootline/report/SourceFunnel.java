package com.rootline.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.TimeZones;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The deals that began in a window, followed through application, approval and closing, by where
 * their client came from: how many reached each stage, the rates between stages and the median
 * days each step took. See source-funnel.cypher for what counts as reaching a stage.
 */
@Component
class SourceFunnel {

	static final int MAX_YEARS = 10;

	enum Dimension {

		MEDIA_TYPE, OUTLET, REFERRAL_KIND

	}

	/**
	 * One group of the cohort: {@code key} is a media type's or an outlet's id, or a kind of origin
	 * (BusinessMix.Source's names), as {@code by} says; null for deals whose client has no outlet at
	 * the top of its tree. The whole cohort's row has no {@code by}.
	 */
	record Row(Dimension by, String key, long leads, long applications, long approved, long closed, Double medianDaysToApplication,
			Double medianDaysToApproval, Double medianDaysToClose) {

		public Double applicationRate() {
			return rate(applications, leads);
		}

		public Double approvalRate() {
			return rate(approved, applications);
		}

		public Double closeRate() {
			return rate(closed, approved);
		}

		public Double leadToCloseRate() {
			return rate(closed, leads);
		}

		private static Double rate(long of, long base) {
			return base == 0 ? null : (double) of / base;
		}

	}

	record Result(LocalDate from, LocalDate to, Dimension by, List<Row> rows, Row total) {
	}

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final TimeZones zones;

	SourceFunnel(Neo4jClient neo4j, CypherQueries queries, TimeZones zones) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.zones = zones;
	}

	Result compute(LocalDate from, LocalDate to, Dimension by, String agentId) {
		Windows.check(from, to, MAX_YEARS);
		List<Row> rows = rows(from, to, by, agentId);
		List<Row> all = rows(from, to, null, agentId);
		Row total = all.isEmpty() ? new Row(null, null, 0, 0, 0, 0, null, null, null) : all.getFirst();
		return new Result(from, to, by, rows, total);
	}

	private List<Row> rows(LocalDate from, LocalDate to, Dimension by, String agentId) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", to);
		params.put("by", by == null ? "ALL" : by.name());
		params.put("agentId", agentId);
		params.put("zone", zones.deployment().getId());
		return new ArrayList<>(neo4j.query(queries.get("report/source-funnel"))
			.bindAll(params)
			.fetchAs(Row.class)
			.mappedBy((types, r) -> new Row(by, by == null || r.get("key").isNull() ? null : r.get("key").asString(),
					r.get("leads").asLong(), r.get("applications").asLong(), r.get("approved").asLong(),
					r.get("closed").asLong(), median(r.get("toApplication")), median(r.get("toApproval")),
					median(r.get("toClose"))))
			.all());
	}

	private static Double median(org.neo4j.driver.Value value) {
		return value.isNull() ? null : value.asDouble();
	}

}
