package com.rootline.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.rootline.api.TimeZones;
import com.rootline.facts.CountedZone;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;

/**
 * The deals that began in a window, followed through application, approval and closing, by where
 * their client came from: how many reached each stage, the rates between stages and the median
 * days each step took. Read from the funnel counters the writers keep (or, while they are not
 * counted in the deployment's zone, from the deals: {@link CountedZone}); see
 * facts/_funnel-keys.cypher for what counts as reaching a stage.
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

	/** The stages of the funnel, in order; each after the lead carries the days from the one before. */
	enum Stage {

		LEAD, APPLICATION, APPROVED, CLOSED

	}

	/** Deals of one group that reached {@code stage}, {@code days} after the stage before (null: not known). */
	private record Entry(String outletId, String mediaTypeId, String kind, Stage stage, Integer days, long n) {

		String key(Dimension by) {
			return switch (by) {
				case MEDIA_TYPE -> mediaTypeId;
				case OUTLET -> outletId;
				case REFERRAL_KIND -> kind;
			};
		}

	}

	/** One group's deals per stage and the days of each step, added to entry by entry. */
	private static final class Tally {

		private final long[] reached = new long[Stage.values().length];

		private final DayHistogram[] days = { new DayHistogram(), new DayHistogram(), new DayHistogram() };

		void add(Entry entry) {
			reached[entry.stage().ordinal()] += entry.n();
			if (entry.stage() != Stage.LEAD && entry.days() != null) {
				days[entry.stage().ordinal() - 1].add(entry.days(), entry.n());
			}
		}

		Row row(Dimension by, String key) {
			return new Row(by, key, reached[0], reached[1], reached[2], reached[3], days[0].median(), days[1].median(),
					days[2].median());
		}

	}

	private final Statements statements;

	private final TimeZones zones;

	private final CountedZone countedZone;

	SourceFunnel(Statements statements, TimeZones zones, CountedZone countedZone) {
		this.statements = statements;
		this.zones = zones;
		this.countedZone = countedZone;
	}

	/**
	 * @throws com.rootline.api.ApiException VALIDATION_FAILED naming {@code to} when the window is
	 *     reversed or longer than ten years
	 */
	Result compute(LocalDate from, LocalDate to, Dimension by, String agentId) {
		Windows.check(from, to, MAX_YEARS);
		// In key order, the group without a key (no outlet at the top) last.
		Map<String, Tally> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
		Tally total = new Tally();
		for (Entry entry : entries(from, to, agentId)) {
			groups.computeIfAbsent(entry.key(by), k -> new Tally()).add(entry);
			total.add(entry);
		}
		List<Row> rows = new ArrayList<>();
		groups.forEach((key, tally) -> rows.add(tally.row(by, key)));
		return new Result(from, to, by, rows, total.row(null, null));
	}

	private List<Entry> entries(LocalDate from, LocalDate to, String agentId) {
		String query = countedZone.countedIn(zones.deployment()) ? "report/source-funnel" : "report/source-funnel-scan";
		return statements.all(query, new Window(from, to, agentId, zones.deployment().getId()), Entry.class);
	}

	private record Window(LocalDate from, LocalDate to, String agentId, String zone) {
	}

}
